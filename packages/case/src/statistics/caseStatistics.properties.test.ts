import type { DateOnly } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbCaseStatisticsRecord } from '../testing/arbCaseStatisticsRecord';
import type { StatisticsCell } from './CaseStatisticsTable';
import { caseStatistics } from './caseStatistics';
import { publishedCells } from './publishedCells';

const asOf = '2026-01-01' as DateOnly;
const records = fc.array(arbCaseStatisticsRecord({ asOf }), { maxLength: 120 });
const by = fc.constantFrom('municipality', 'county', 'none') as fc.Arbitrary<
  'municipality' | 'county' | 'none'
>;
const threshold = fc.integer({ min: 1, max: 8 });

/** Sets of counts that add up to a published total within one row. */
const rowSets = (cells: readonly StatisticsCell[]) => [
  { total: 'closed.total', parts: ['closed.resolved', 'closed.not-resolved'] },
  {
    total: 'destination.total',
    parts: ['destination.same-municipality', 'destination.other-municipality'],
  },
  {
    total: 'outcome.total',
    parts: cells.filter((c) => c.id.startsWith('outcome.tenure.')).map((c) => c.id),
  },
];

/** Asserts that no hidden count in the set can be had by subtraction from the total. */
function expectNotDerivable(
  total: StatisticsCell | undefined,
  parts: readonly (StatisticsCell | undefined)[],
) {
  if (total === undefined || total.value === null) return;
  const hidden = parts.filter((p) => p?.value === null);
  expect(hidden.length === 0 || hidden.length >= 2).toBe(true);
  if (hidden.length === 1)
    throw new Error('unreachable: a single hidden part equals the total minus the others');
}

describe('caseStatistics', () => {
  describe('properties', () => {
    it('never throws and always answers, for any records of any shape', () => {
      const wild = fc.array(arbCaseStatisticsRecord({ asOf, wild: true }), { maxLength: 60 });
      fc.assert(
        fc.property(wild, by, threshold, (rs, b, t) => {
          expect(caseStatistics(rs, { asOf, by: b, threshold: t }).isOk()).toBe(true);
        }),
      );
    });

    it('every published count is zero or at least the threshold', () => {
      fc.assert(
        fc.property(records, by, threshold, (rs, b, t) => {
          const cells = publishedCells(
            caseStatistics(rs, { asOf, by: b, threshold: t })._unsafeUnwrap(),
          );
          for (const c of cells.filter((x) => x.unit === 'cases' && x.value !== null)) {
            expect(c.value === 0 || (c.value ?? 0) >= t).toBe(true);
          }
        }),
      );
    });

    it('a suppressed cell has a null value and a reason in sv and en; a published one has none', () => {
      fc.assert(
        fc.property(records, by, threshold, (rs, b, t) => {
          for (const c of publishedCells(
            caseStatistics(rs, { asOf, by: b, threshold: t })._unsafeUnwrap(),
          )) {
            if (c.suppressed === null) expect(Number.isFinite(c.value)).toBe(true);
            else
              expect([c.value, c.suppressed.sv.length > 0, c.suppressed.en.length > 0]).toEqual([
                null,
                true,
                true,
              ]);
          }
        }),
      );
    });

    it('no suppressed count can be derived by subtraction, within a group or across groups', () => {
      fc.assert(
        fc.property(records, by, threshold, (rs, b, t) => {
          const table = caseStatistics(rs, { asOf, by: b, threshold: t })._unsafeUnwrap();
          const rows = [...table.groups.map((g) => g.cells), table.national];
          const get = (cells: readonly StatisticsCell[], id: string) =>
            cells.find((c) => c.id === id);
          for (const cells of rows) {
            for (const set of rowSets(cells))
              expectNotDerivable(
                get(cells, set.total),
                set.parts.map((id) => get(cells, id)),
              );
          }
          if (table.groups.length === 0) return;
          for (const { id } of table.national.filter((c) => c.unit === 'cases')) {
            expectNotDerivable(
              get(table.national, id),
              table.groups.map(
                (g) => get(g.cells, id) ?? ({ ...g.cells[0], id, value: 0 } as StatisticsCell),
              ),
            );
          }
        }),
      );
    });

    it('national totals equal the sum of the groups, and totals the sum of their parts, when nothing is suppressed', () => {
      fc.assert(
        fc.property(
          records,
          fc.constantFrom('municipality', 'county') as fc.Arbitrary<'municipality'>,
          (rs, b) => {
            const table = caseStatistics(rs, { asOf, by: b, threshold: 1 })._unsafeUnwrap();
            const value = (cells: readonly StatisticsCell[], id: string) =>
              cells.find((c) => c.id === id)?.value ?? 0;
            for (const { id, value: national } of table.national.filter(
              (c) => c.unit === 'cases',
            )) {
              expect(table.groups.reduce((sum, g) => sum + value(g.cells, id), 0)).toBe(national);
            }
            for (const cells of [...table.groups.map((g) => g.cells), table.national]) {
              for (const set of rowSets(cells)) {
                expect(set.parts.reduce((sum, id) => sum + value(cells, id), 0)).toBe(
                  value(cells, set.total),
                );
              }
            }
          },
        ),
      );
    });

    it('same input, same output, in any order of the records', () => {
      fc.assert(
        fc.property(records, by, threshold, fc.integer(), (rs, b, t, seed) => {
          const options = { asOf, by: b, threshold: t };
          const shuffled = [...rs].sort(
            (x, y) =>
              ((JSON.stringify(x).length * seed) % 7) - ((JSON.stringify(y).length * seed) % 7),
          );
          expect(caseStatistics(shuffled, options)).toEqual(caseStatistics(rs, options));
          expect(caseStatistics(rs, options)).toEqual(caseStatistics(structuredClone(rs), options));
        }),
      );
    });
  });
});
