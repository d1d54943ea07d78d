import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { denseIntegerAssignment } from './denseIntegerAssignment';
import { lapjvDense } from './lapjvDense';

/** The least total cost over every permutation (dim ≤ 7). */
function bruteForce(dim: number, cost: readonly number[]): number {
  const used = new Uint8Array(dim);
  const go = (r: number): number => {
    if (r === dim) return 0;
    let best = Number.POSITIVE_INFINITY;
    for (let j = 0; j < dim; j++) {
      if (used[j] === 1) continue;
      used[j] = 1;
      best = Math.min(best, (cost[r * dim + j] as number) + go(r + 1));
      used[j] = 0;
    }
    return best;
  };
  return go(0);
}

const totalOf = (dim: number, cost: readonly number[], rowsol: Int32Array): number => {
  let total = 0;
  for (let r = 0; r < dim; r++) total += cost[r * dim + (rowsol[r] as number)] as number;
  return total;
};

const isPermutation = (dim: number, rowsol: Int32Array): boolean =>
  new Set(rowsol).size === dim && [...rowsol].every((j) => j >= 0 && j < dim);

const solve = (dim: number, cost: readonly number[]) =>
  denseIntegerAssignment(dim, Int32Array.from(cost));

/**
 * Square integer matrices of the kinds that tie a lot: a row part plus a column part
 * plus a sparse pair part (like match scores), a few distinct values, every value
 * scaled by a common factor (like the weights of assignMatches), or anything.
 */
const arbMatrix = (minDim: number, maxDim: number) =>
  fc.integer({ min: minDim, max: maxDim }).chain((dim) =>
    fc.oneof(
      fc
        .record({
          rows: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: dim, maxLength: dim }),
          cols: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: dim, maxLength: dim }),
          pair: fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 0, max: 9 })), {
            minLength: dim * dim,
            maxLength: dim * dim,
          }),
          scale: fc.constantFrom(1, 1, 3, 1001),
        })
        .map(({ rows, cols, pair, scale }) => ({
          dim,
          cost: pair.map(
            (p, k) =>
              ((rows[Math.floor(k / dim)] as number) + (cols[k % dim] as number) + p) * scale,
          ),
        })),
      fc
        .array(fc.integer({ min: 0, max: 3 }), { minLength: dim * dim, maxLength: dim * dim })
        .map((cost) => ({ dim, cost })),
      fc
        .array(fc.integer({ min: 0, max: 1_000_000 }), {
          minLength: dim * dim,
          maxLength: dim * dim,
        })
        .map((cost) => ({ dim, cost })),
    ),
  );

describe('denseIntegerAssignment', () => {
  it('solves a small example, and trivial sizes', () => {
    const cost = [4, 1, 3, 2, 0, 5, 3, 2, 2];
    const rowsol = solve(3, cost);
    expect(totalOf(3, cost, rowsol)).toBe(5);
    expect([...solve(1, [7])]).toEqual([0]);
    expect([...solve(0, [])]).toEqual([]);
    expect([...solve(3, [5, 5, 5, 5, 5, 5, 5, 5, 5])].sort()).toEqual([0, 1, 2]);
  });

  it('is exact on a large range that the auction has to scale down', () => {
    const dim = 60;
    const cost = Array.from(
      { length: dim * dim },
      (_, k) => (Math.floor(k / dim) + 1) * ((k % dim) + 1) * 1000,
    );
    const rowsol = solve(dim, cost);
    expect(isPermutation(dim, rowsol)).toBe(true);
    expect(totalOf(dim, cost, rowsol)).toBe(
      totalOf(dim, cost, lapjvDense(dim, Float64Array.from(cost))),
    );
  });
});

describe('properties', () => {
  it('the assignment is a permutation with the least total cost, against brute force (up to 7 × 7, tie-heavy)', () => {
    fc.assert(
      fc.property(arbMatrix(1, 7), ({ dim, cost }) => {
        const rowsol = solve(dim, cost);
        expect(isPermutation(dim, rowsol)).toBe(true);
        expect(totalOf(dim, cost, rowsol)).toBe(bruteForce(dim, cost));
      }),
      { numRuns: 500 },
    );
  });

  it('the total equals that of the previous dense LAPJV on larger tie-heavy matrices (up to 60 × 60)', () => {
    fc.assert(
      fc.property(arbMatrix(8, 60), ({ dim, cost }) => {
        const rowsol = solve(dim, cost);
        expect(isPermutation(dim, rowsol)).toBe(true);
        const previous = lapjvDense(dim, Float64Array.from(cost));
        expect(totalOf(dim, cost, rowsol)).toBe(totalOf(dim, cost, previous));
      }),
      { numRuns: 150 },
    );
  });

  it('the same matrix gives the same assignment', () => {
    fc.assert(
      fc.property(arbMatrix(1, 30), ({ dim, cost }) => {
        expect([...solve(dim, cost)]).toEqual([...solve(dim, cost)]);
      }),
      { numRuns: 100 },
    );
  });
});
