import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CellStatus, type SuppressedTable, suppressTable } from './suppressTable';

/** The table with its margins, as the grid suppressTable reasons about. */
function grid(counts: number[][], s: SuppressedTable) {
  const columns = Math.max(0, ...counts.map((r) => r.length));
  const at = (r: number, c: number) => counts[r]?.[c] ?? 0;
  const rowSum = (r: number) =>
    Array.from({ length: columns }, (_, c) => at(r, c)).reduce((a, b) => a + b, 0);
  const colSum = (c: number) => counts.reduce((a, _, r) => a + at(r, c), 0);
  const values = [
    ...counts.map((_, r) => [...Array.from({ length: columns }, (_, c) => at(r, c)), rowSum(r)]),
    [
      ...Array.from({ length: columns }, (_, c) => colSum(c)),
      counts.reduce((a, _, r) => a + rowSum(r), 0),
    ],
  ];
  const statuses: CellStatus[][] = [
    ...s.cells.map((row, r) => [...row, s.rowTotals[r] ?? 'published']),
    [...s.columnTotals, s.total],
  ];
  const lines = [
    ...values.map((row, r) =>
      row.map((v, c) => ({ v, s: statuses[r]?.[c], total: c === columns })),
    ),
    ...Array.from({ length: columns + 1 }, (_, c) =>
      values.map((row, r) => ({ v: row[c] ?? 0, s: statuses[r]?.[c], total: r === counts.length })),
    ),
  ];
  return { values, statuses, lines };
}

const arbTable = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), columns: fc.integer({ min: 1, max: 5 }) })
  .chain(({ rows, columns }) =>
    fc.array(
      fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })), {
        minLength: columns,
        maxLength: columns,
      }),
      {
        minLength: rows,
        maxLength: rows,
      },
    ),
  );

describe('suppressTable', () => {
  it('suppresses a small count and the next smallest count in its row and column', () => {
    const s = suppressTable(
      [
        [2, 8, 9],
        [6, 7, 8],
      ],
      5,
    );
    expect(s.cells).toEqual([
      ['small-count', 'complementary', 'published'],
      ['complementary', 'complementary', 'published'],
    ]);
    expect(s.rowTotals).toEqual(['published', 'published']);
    expect(s.columnTotals).toEqual(['published', 'published', 'published']);
  });

  it('publishes zero and counts at the threshold', () => {
    const s = suppressTable(
      [
        [0, 5],
        [5, 0],
      ],
      5,
    );
    expect(s.cells.flat().every((x) => x === 'published')).toBe(true);
  });

  it('prefers a non-zero complement over a zero', () => {
    expect(suppressTable([[3, 0, 7]], 5).cells[0]).toEqual([
      'small-count',
      'published',
      'complementary',
    ]);
  });

  it('across groups: when one group is small, another group is suppressed too', () => {
    // One column (number of cases per municipality), national total 3 + 12 + 20 = 35.
    const s = suppressTable([[3], [12], [20]], 5);
    expect(s.cells.map((r) => r[0])).toEqual(['small-count', 'complementary', 'published']);
    expect(s.rowTotals).toEqual(['small-count', 'complementary', 'published']);
    expect(s.total).toBe('published');
  });

  it('suppresses the total when it is the only other element of its line', () => {
    expect(suppressTable([[2]], 5)).toEqual({
      cells: [['small-count']],
      rowTotals: ['small-count'],
      columnTotals: ['small-count'],
      total: 'small-count',
    });
  });

  it('handles an empty table', () => {
    expect(suppressTable([], 5)).toEqual({
      cells: [],
      rowTotals: [],
      columnTotals: [],
      total: 'published',
    });
  });

  describe('properties', () => {
    it('every published count is zero or at least the threshold', () => {
      fc.assert(
        fc.property(arbTable, fc.integer({ min: 1, max: 10 }), (counts, threshold) => {
          const { values, statuses } = grid(counts, suppressTable(counts, threshold));
          values.forEach((row, r) => {
            row.forEach((v, c) => {
              if (statuses[r]?.[c] === 'published') expect(v === 0 || v >= threshold).toBe(true);
            });
          });
        }),
      );
    });

    it('no line has exactly one suppressed element, so no subtraction recovers one', () => {
      fc.assert(
        fc.property(arbTable, fc.integer({ min: 1, max: 10 }), (counts, threshold) => {
          for (const line of grid(counts, suppressTable(counts, threshold)).lines) {
            const hidden = line.filter((x) => x.s !== 'published');
            expect(hidden.length === 0 || hidden.length >= 2).toBe(true);
            // Try the subtraction: a hidden element is recoverable only if all others are known.
            for (const target of hidden) {
              const others = line.filter((x) => x !== target);
              const recoverable = others.every((x) => x.s === 'published');
              expect(recoverable).toBe(false);
            }
          }
        }),
      );
    });

    it('nothing is suppressed when every count is zero or at least the threshold', () => {
      fc.assert(
        fc.property(arbTable, (counts) => {
          const big = counts.map((row) => row.map((n) => (n === 0 ? 0 : n + 5)));
          const { statuses } = grid(big, suppressTable(big, 5));
          expect(statuses.flat().every((x) => x === 'published')).toBe(true);
        }),
      );
    });

    it('same input, same output', () => {
      fc.assert(
        fc.property(arbTable, (counts) => {
          expect(suppressTable(counts, 5)).toEqual(suppressTable(structuredClone(counts), 5));
        }),
      );
    });
  });
});
