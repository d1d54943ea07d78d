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
const borlange = [1, 2].map(() =>
  rec({ municipality: '2081', openedOn: '2025-06-01', placedOn: '2025-06-01' }),
);
const stockholm = [1, 2, 3, 4, 5, 6, 7].map((k) =>
  rec({
    municipality: '0180',
    openedOn: '2025-03-01',
    placedOn: '2025-03-01',
    leftShelterOn: `2025-03-0${k + 1}`,
  }),
);

const cell = (cells: readonly StatisticsCell[] | undefined, id: string) =>
  cells?.find((c) => c.id === id);
const values = (cells: readonly StatisticsCell[], ids: string[]) =>
  ids.map((id) => cell(cells, id)?.value);

describe('caseStatistics', () => {
  it('time in sheltered housing, an open stay counted to asOf (seed 003, line 6: "genomsnittlig tid")', () => {
    const { national } = caseStatistics(falun, { asOf, by: 'none' })._unsafeUnwrap();
    // Sorted days 10 20 30 30 40 50: mean 30; nearest rank ⌈p·6⌉ → p25 #2, median #3, p75 #5, p90 #6.
    const ids = [
      'cases',
      'shelter.stays',
      'shelter.days.mean',
      'shelter.days.median',
      'shelter.days.p25',
      'shelter.days.p75',
      'shelter.days.p90',
    ];
    expect(values(national, ids)).toEqual([6, 6, 30, 30, 20, 40, 50]);
    expect(cell(national, 'shelter.days.median')?.label.en).toContain(
      'an open stay counts to asOf',
    );
  });

  it('suppresses statistics from fewer cases than the threshold, and publishes zero counts', () => {
    const { national } = caseStatistics(falun, { asOf, by: 'none' })._unsafeUnwrap();
    expect(cell(national, 'permanent.cases')).toMatchObject({
      value: null,
      suppressed: { reason: 'small-count' },
    });
    expect(cell(national, 'permanent.days.median')).toMatchObject({
      value: null,
      suppressed: { reason: 'small-count' },
    });
    expect(cell(national, 'closed.share-resolved')).toMatchObject({
      value: null,
      suppressed: { reason: 'small-count' },
    });
    const empty = caseStatistics([], { asOf, by: 'none' })._unsafeUnwrap().national;
    expect(cell(empty, 'cases')).toMatchObject({ value: 0, suppressed: null });
    expect(cell(empty, 'shelter.days.mean')).toMatchObject({
      value: null,
      suppressed: { reason: 'small-count' },
    });
  });

  it('placement to permanent housing, share resolved, tenure and moves with a threshold of 2', () => {
    const { national } = caseStatistics(falun, { asOf, by: 'none', threshold: 2 })._unsafeUnwrap();
    // Placement to permanent housing: 59 and 31 days.
    expect(
      values(national, [
        'permanent.cases',
        'permanent.days.mean',
        'permanent.days.median',
        'permanent.days.p90',
      ]),
    ).toEqual([2, 45, 31, 59]);
    expect(
      values(national, [
        'closed.total',
        'closed.resolved',
        'closed.not-resolved',
        'closed.share-resolved',
      ]),
    ).toEqual([4, 2, 2, 0.5]);
    expect(values(national, ['outcome.total', 'outcome.tenure.first-hand-rental'])).toEqual([2, 2]);
    // One stayed, one moved: both below 2, the total of 2 is published (two hidden, none derivable).
    expect(
      values(national, [
        'destination.total',
        'destination.same-municipality',
        'destination.other-municipality',
      ]),
    ).toEqual([2, null, null]);
  });

  it('by municipality: a small group, and another group so it cannot be subtracted from the national total', () => {
    const table = caseStatistics([...falun, ...borlange, ...stockholm], {
      asOf,
      by: 'municipality',
    })._unsafeUnwrap();
    expect(table.groups.map((g) => g.group)).toEqual(['0180', '2080', '2081']);
    const cases = table.groups.map((g) => cell(g.cells, 'cases'));
    expect(cases.map((c) => c?.value)).toEqual([7, null, null]);
    expect(cases.map((c) => c?.suppressed?.reason)).toEqual([
      undefined,
      'complementary',
      'small-count',
    ]);
    expect(cell(table.national, 'cases')?.value).toBe(15);
    // Stockholm: stays of 1..7 days.
    expect(
      values(table.groups[0]?.cells ?? [], ['shelter.days.median', 'shelter.days.p90']),
    ).toEqual([4, 7]);
    expect(cell(table.groups[1]?.cells, 'shelter.days.median')?.suppressed?.reason).toBe(
      'complementary',
    );
  });

  it('by county: the county comes from the municipality unless given', () => {
    const table = caseStatistics([...falun, ...borlange, ...stockholm], {
      asOf,
      by: 'county',
    })._unsafeUnwrap();
    expect(table.groups.map((g) => [g.group, cell(g.cells, 'cases')?.value])).toEqual([
      ['01', 7],
      ['20', 8],
    ]);
    const moved = stockholm.map((r) => ({ ...r, county: '20' }) as CaseStatisticsRecord);
    const again = caseStatistics([...falun, ...borlange, ...moved], {
      asOf,
      by: 'county',
    })._unsafeUnwrap();
    expect(again.groups.map((g) => [g.group, cell(g.cells, 'cases')?.value])).toEqual([['20', 15]]);
  });
});
