import type { DateOnly } from '@stadig/core';
import { describe, expect, it } from 'vitest';
import type { CaseStatisticsRecord } from './CaseStatisticsRecord';
import type { StatisticsCell } from './CaseStatisticsTable';
import { caseStatistics } from './caseStatistics';

const asOf = '2026-01-01' as DateOnly;
const rec = (r: Record<string, unknown>) => r as unknown as CaseStatisticsRecord;
const placedJan = (left: string | undefined, extra: Record<string, unknown> = {}) =>
  rec({
    municipality: '2080',
    openedOn: '2024-12-20',
    placedOn: '2025-01-01',
    ...(left ? { leftShelterOn: left } : {}),
    ...extra,
  });

/** Falun: stays of 10, 20, 30, 40, 50 days, and one open stay of 30 days to asOf. */
const falun = [
  placedJan('2025-01-11', {
    permanentOn: '2025-03-01',
    closedReason: 'permanent-housing-arranged',
    movedToMunicipality: '2080',
    outcome: { tenure: 'first-hand-rental', permanent: true },
  }),
  placedJan('2025-01-21', {
    permanentOn: '2025-02-01',
    closedReason: 'permanent-housing-arranged',
    movedToMunicipality: '2081',
    outcome: { tenure: 'first-hand-rental', permanent: true },
  }),
  placedJan('2025-01-31', { closedReason: 'returned-to-perpetrator' }),
  placedJan('2025-02-10', { closedReason: 'discontinued' }),
  placedJan('2025-02-20'),
  rec({ municipality: '2080', openedOn: '2025-12-01', placedOn: '2025-12-02' }),
];
const cell = (cells: readonly StatisticsCell[] | undefined, id: string) =>
  cells?.find((c) => c.id === id);

describe('caseStatistics: checking input', () => {
  it('leaves out and counts odd records: left before placed, after asOf, invalid values', () => {
    const odd = [
      rec({
        municipality: '2080',
        openedOn: '2025-01-01',
        placedOn: '2025-02-01',
        leftShelterOn: '2025-01-15',
      }),
      rec({ municipality: '2080', openedOn: '2025-01-01', leftShelterOn: '2025-01-15' }),
      rec({ municipality: '2080', openedOn: '2026-02-01' }),
      rec({ municipality: '9999', openedOn: '2025-01-01' }),
      rec({ municipality: '2080', openedOn: '2025-01-01', placedOn: '2023-02-29' }),
      rec({ municipality: '2080', openedOn: '2025-01-01', closedReason: 'vanished' }),
    ];
    const table = caseStatistics([...falun, ...odd], { asOf, by: 'none' })._unsafeUnwrap();
    expect(cell(table.national, 'cases')?.value).toBe(6);
    expect(table.excluded.map((e) => [e.reason, e.count])).toEqual([
      ['after-as-of', 1],
      ['inconsistent-dates', 2],
      ['invalid-value', 3],
    ]);
    expect(table.excluded[1]?.label.sv).toContain('fel ordning');
  });

  it('returns an error for an invalid threshold, asOf or grouping', () => {
    expect(caseStatistics([], { asOf, by: 'none', threshold: 0 })._unsafeUnwrapErr().code).toBe(
      'statistics.invalid-threshold',
    );
    expect(
      caseStatistics([], { asOf, by: 'none', threshold: 2.5 })._unsafeUnwrapErr().path,
    ).toEqual(['threshold']);
    expect(
      caseStatistics([], { asOf: '2026-13-01' as DateOnly, by: 'none' })._unsafeUnwrapErr().code,
    ).toBe('statistics.invalid-as-of');
    const by = 'street' as 'none';
    expect(caseStatistics([], { asOf, by })._unsafeUnwrapErr().message.en).toContain(
      'municipality, county or none',
    );
  });
});
