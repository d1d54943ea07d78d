import type { DateOnly } from '@stadig/core';
import { describe, expect, it } from 'vitest';
import type { CaseStatisticsRecord } from './CaseStatisticsRecord';
import { caseStatistics } from './caseStatistics';
import { publishedCells } from './publishedCells';

const asOf = '2026-01-01' as DateOnly;
const record = (municipality: string) =>
  ({
    municipality,
    openedOn: '2025-01-01',
    placedOn: '2025-01-01',
  }) as unknown as CaseStatisticsRecord;

describe('publishedCells', () => {
  it('lists the groups in order, then the national row, withheld values as null with their reason', () => {
    const records = [...Array.from({ length: 6 }, () => record('2080')), record('2081')];
    const table = caseStatistics(records, { asOf, by: 'municipality' })._unsafeUnwrap();
    const cases = publishedCells(table).filter((c) => c.id === 'cases');
    expect(cases.map((c) => [c.group, c.value, c.suppressed?.reason ?? null])).toEqual([
      ['2080', null, 'complementary'],
      ['2081', null, 'small-count'],
      ['national', 7, null],
    ]);
    expect(publishedCells(table)).toHaveLength(
      table.groups.length * table.national.length + table.national.length,
    );
    expect(JSON.stringify(publishedCells(table))).not.toContain('excluded');
  });
});
