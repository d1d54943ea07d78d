import { parseDateOnly } from '@stadig/core';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../model/parseCase';
import { generateCases } from '../synthetic/generateCases';
import { exampleCaseInput } from '../testing/exampleCaseInput';
import { caseStatistics } from './caseStatistics';
import { toStatisticsRecord } from './toStatisticsRecord';

const asOf = parseDateOnly('2025-06-01')._unsafeUnwrap();

describe('toStatisticsRecord', () => {
  it('projects a case onto the dates and codes statistics need, and nothing personal', () => {
    const c = parseCase(exampleCaseInput(), { asOf })._unsafeUnwrap();
    const record = toStatisticsRecord(c);
    expect(record?.municipality).toBe(c.municipality);
    expect(record?.openedOn).toBe(c.events.find((e) => e.type === 'opened')?.date);
    const json = JSON.stringify(record);
    for (const secret of ['Testa', 'Exempelsdotter', 'Storgatan', 'partner', 'case-0001']) {
      expect(json).not.toContain(secret);
    }
  });

  it('gives no record for a case that was never opened', () => {
    const c = parseCase(exampleCaseInput(), { asOf })._unsafeUnwrap();
    expect(toStatisticsRecord({ ...c, events: [] })).toBeUndefined();
  });

  it('turns generated cases into statistics that account for every case', () => {
    const cases = generateCases({ seed: 7, count: 400, asOf });
    const records = cases.map(toStatisticsRecord).filter((r) => r !== undefined);
    expect(records).toHaveLength(cases.length);
    const table = caseStatistics(records, { asOf, by: 'none' })._unsafeUnwrap();
    const total = table.national.find((cell) => cell.id === 'cases');
    const excluded = table.excluded.reduce((sum, e) => sum + e.count, 0);
    expect((total?.value ?? 0) + excluded).toBe(cases.length);
  });
});
