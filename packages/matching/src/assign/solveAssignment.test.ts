import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SparseGraph } from './SparseGraph';
import { solveAssignment } from './solveAssignment';

/** Tries every assignment: each row takes a free column it has an edge to, or none. */
function bruteForce(g: SparseGraph): number {
  const used = new Uint8Array(g.columns);
  const go = (r: number): number => {
    if (r === g.rows) return 0;
    let best = go(r + 1);
    for (let e = g.rowStart[r] ?? 0; e < (g.rowStart[r + 1] ?? 0); e++) {
      const j = g.column[e] as number;
      if (used[j] === 1) continue;
      used[j] = 1;
      best = Math.max(best, (g.weight[e] as number) + go(r + 1));
      used[j] = 0;
    }
    return best;
  };
  return go(0);
}

const graphOf = (rows: number, columns: number, cells: (number | null)[]): SparseGraph => {
  const rowStart = [0];
  const column: number[] = [];
  const weight: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < columns; j++) {
      const w = cells[r * columns + j];
      if (w !== null && w !== undefined) {
        column.push(j);
        weight.push(w);
      }
    }
    rowStart.push(column.length);
  }
  return {
    rows,
    columns,
    rowStart: Int32Array.from(rowStart),
    column: Int32Array.from(column),
    weight: Float64Array.from(weight),
  };
};

const arbGraph = fc
  .record({ rows: fc.integer({ min: 0, max: 7 }), columns: fc.integer({ min: 0, max: 7 }) })
  .chain(({ rows, columns }) =>
    fc
      .array(fc.option(fc.integer({ min: 0, max: 30 }), { freq: 2 }), {
        minLength: rows * columns,
        maxLength: rows * columns,
      })
      .map((cells) => graphOf(rows, columns, cells)),
  );

describe('solveAssignment', () => {
  it('solves a small example', () => {
    const g = graphOf(3, 3, [4, 1, 3, 2, 0, 5, 3, 2, 2]);
    const a = solveAssignment(g);
    expect(a.total).toBe(11);
    expect([...a.rowToColumn]).toEqual([0, 2, 1]);
  });

  it('leaves a row out when it has no edge, and ignores bad edges', () => {
    const g = graphOf(2, 2, [null, null, 3, Number.NaN]);
    expect([...solveAssignment(g).rowToColumn]).toEqual([-1, 0]);
    expect(
      solveAssignment({ ...g, column: Int32Array.of(9, 0), rowStart: Int32Array.of(0, 1, 2) })
        .total,
    ).toBe(0);
  });
});

describe('properties', () => {
  it('the assignment is optimal against brute force (up to 7 × 7)', () => {
    fc.assert(
      fc.property(arbGraph, (g) => {
        const a = solveAssignment(g);
        expect(a.total).toBe(bruteForce(g));
        const cols = [...a.rowToColumn].filter((j) => j >= 0);
        expect(new Set(cols).size).toBe(cols.length);
        // every assigned pair is an edge
        a.rowToColumn.forEach((j, r) => {
          if (j < 0) return;
          const edges = [...g.column.subarray(g.rowStart[r], g.rowStart[r + 1])];
          expect(edges).toContain(j);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('on complete graphs (the dense paths: whole-number weights and real ones) the assignment is optimal against brute force', () => {
    const complete = fc
      .record({
        rows: fc.integer({ min: 2, max: 7 }),
        columns: fc.integer({ min: 2, max: 7 }),
        real: fc.boolean(),
      })
      .chain(({ rows, columns, real }) =>
        fc
          .array(
            real ? fc.double({ min: 0, max: 50, noNaN: true }) : fc.integer({ min: 0, max: 6 }),
            {
              minLength: rows * columns,
              maxLength: rows * columns,
            },
          )
          .map((cells) => graphOf(rows, columns, cells)),
      );
    fc.assert(
      fc.property(complete, (g) => {
        expect(solveAssignment(g).total).toBeCloseTo(bruteForce(g), 6);
      }),
      { numRuns: 400 },
    );
  });

  it('on complete graphs with match-score-like weights (a case part, an offer part, a sparse pair part: many ties) the assignment is optimal against brute force', () => {
    const additive = fc
      .record({ rows: fc.integer({ min: 2, max: 7 }), columns: fc.integer({ min: 2, max: 7 }) })
      .chain(({ rows, columns }) =>
        fc
          .record({
            r: fc.array(fc.integer({ min: 0, max: 30 }), { minLength: rows, maxLength: rows }),
            c: fc.array(fc.integer({ min: 0, max: 30 }), {
              minLength: columns,
              maxLength: columns,
            }),
            p: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5 })), {
              minLength: rows * columns,
              maxLength: rows * columns,
            }),
            k: fc.constantFrom(1, 8),
          })
          .map(({ r, c, p, k }) =>
            graphOf(
              rows,
              columns,
              p.map(
                (x, i) =>
                  ((r[Math.floor(i / columns)] as number) + (c[i % columns] as number) + x) * k + 1,
              ),
            ),
          ),
      );
    fc.assert(
      fc.property(additive, (g) => {
        const a = solveAssignment(g);
        expect(a.total).toBe(bruteForce(g));
        expect([...solveAssignment(g).rowToColumn]).toEqual([...a.rowToColumn]);
        const cols = [...a.rowToColumn].filter((j) => j >= 0);
        expect(new Set(cols).size).toBe(Math.min(g.rows, g.columns));
      }),
      { numRuns: 400 },
    );
  });

  it('the same input gives the same assignment', () => {
    fc.assert(
      fc.property(arbGraph, (g) => {
        expect([...solveAssignment(g).rowToColumn]).toEqual([...solveAssignment(g).rowToColumn]);
      }),
      { numRuns: 50 },
    );
  });

  it('never throws on arbitrary arrays', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2, max: 5 }),
        fc.integer({ min: -2, max: 5 }),
        fc.array(fc.integer({ min: -3, max: 8 }), { maxLength: 8 }),
        fc.array(fc.integer({ min: -3, max: 8 }), { maxLength: 8 }),
        fc.array(fc.double(), { maxLength: 8 }),
        (rows, columns, rs, col, w) => {
          solveAssignment({
            rows,
            columns,
            rowStart: Int32Array.from(rs),
            column: Int32Array.from(col),
            weight: Float64Array.from(w),
          });
        },
      ),
    );
  });
});
