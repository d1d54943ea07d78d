import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbMoney, arbWeights } from '../testing/money';
import { allocateLargestRemainder } from './allocateLargestRemainder';
import { exactDecimal } from './exactDecimal';
import type { Money } from './Money';

const allocate = (total: number, weights: number[], unit?: 'ore' | 'krona') =>
  allocateLargestRemainder(total as Money, weights, unit ? { unit } : {});

describe('allocateLargestRemainder', () => {
  it('splits evenly and gives the leftover öre to the lower index on ties', () => {
    expect(allocate(10000, [1, 1, 1])._unsafeUnwrap()).toEqual([3334, 3333, 3333]);
    expect(allocate(2, [1, 1, 1])._unsafeUnwrap()).toEqual([1, 1, 0]);
  });

  it('gives the leftover to the largest remainder first', () => {
    // exact shares 1/6, 2/6, 3/6 of 100 öre: 16.67, 33.33, 50
    expect(allocate(100, [1, 2, 3])._unsafeUnwrap()).toEqual([17, 33, 50]);
  });

  it('reads weights as the decimals they print as, with no float drift', () => {
    // 0.1 + 0.2 is not 0.3 in floats; here the shares are exactly 1/3 and 2/3.
    expect(allocate(300, [0.1, 0.2])._unsafeUnwrap()).toEqual([100, 200]);
    expect(allocate(300, [1e-7, 2e-7])._unsafeUnwrap()).toEqual([100, 200]);
    expect(allocate(5, [1e21, 1e-7])._unsafeUnwrap()).toEqual([5, 0]);
  });

  it('allocates whole kronor when asked', () => {
    expect(allocate(10000, [1, 1, 1], 'krona')._unsafeUnwrap()).toEqual([3400, 3300, 3300]);
    expect(allocate(10050, [1, 1], 'krona')._unsafeUnwrapErr().code).toBe('money.not-whole-kronor');
  });

  it('negates the allocation of a negative total', () => {
    expect(allocate(-10000, [1, 1, 1])._unsafeUnwrap()).toEqual([-3334, -3333, -3333]);
    expect(
      allocate(-1, [1, 0])
        ._unsafeUnwrap()
        .map((x) => Object.is(x, -0)),
    ).toEqual([false, false]);
  });

  it('reports bad weights, totals and options', () => {
    expect(allocate(100, [])._unsafeUnwrapErr().code).toBe('money.no-weights');
    expect(allocate(100, [0, 0])._unsafeUnwrapErr().code).toBe('money.all-weights-zero');
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = allocate(100, [1, bad])._unsafeUnwrapErr();
      expect(error.code).toBe('money.invalid-weight');
      expect(error.path).toEqual(['weights', 1]);
    }
    expect(allocate(0.5, [1])._unsafeUnwrapErr().code).toBe('money.not-whole-ore');
    expect(
      allocateLargestRemainder(100 as Money, [1], { unit: 'cent' as never })._unsafeUnwrapErr()
        .code,
    ).toBe('money.invalid-option');
  });
});

/** |part·W − total·w| < unit·W: the part is within one unit of its exact share. */
function withinOneUnit(parts: number[], total: number, weights: number[], unit: bigint) {
  const exact = weights.map((w) => {
    const d = exactDecimal(w);
    if (d === undefined) throw new Error('test weights are finite');
    return d.digits * 10n ** BigInt(d.exponent + 400);
  });
  const sum = exact.reduce((a, b) => a + b, 0n);
  return parts.every((part, i) => {
    const gap = BigInt(part) * sum - BigInt(total) * (exact[i] ?? 0n);
    return (gap < 0n ? -gap : gap) < unit * sum;
  });
}

describe('properties', () => {
  const arbTotal = arbMoney();

  it('parts add up to the total', () => {
    fc.assert(
      fc.property(arbTotal, arbWeights(), (total, weights) => {
        const parts = allocateLargestRemainder(total, weights)._unsafeUnwrap();
        expect(parts.reduce((a, b) => a + BigInt(b), 0n)).toBe(BigInt(total));
        expect(parts).toHaveLength(weights.length);
      }),
    );
  });

  it('each part is within one öre (or one krona) of its exact share', () => {
    fc.assert(
      fc.property(arbTotal, arbWeights(), fc.boolean(), (ore, weights, inKronor) => {
        const total = inKronor ? Math.trunc(ore / 100) * 100 : ore;
        const unit = inKronor ? 'krona' : 'ore';
        const parts = allocateLargestRemainder(total as Money, weights, { unit })._unsafeUnwrap();
        expect(withinOneUnit(parts, total, weights, inKronor ? 100n : 1n)).toBe(true);
        if (inKronor) expect(parts.every((p) => p % 100 === 0)).toBe(true);
      }),
    );
  });

  it('a zero weight gets zero', () => {
    fc.assert(
      fc.property(arbTotal, arbWeights(), fc.nat(), (total, weights, at) => {
        const withZero = [...weights];
        withZero.splice(at % (weights.length + 1), 0, 0);
        const parts = allocateLargestRemainder(total, withZero)._unsafeUnwrap();
        expect(parts[at % (weights.length + 1)]).toBe(0);
      }),
    );
  });

  it('scaling all weights by a positive constant gives the same allocation', () => {
    fc.assert(
      fc.property(
        arbTotal,
        fc
          .array(fc.nat({ max: 1e6 }), { minLength: 1, maxLength: 8 })
          .filter((w) => w.some((x) => x > 0)),
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 0, max: 12 }),
        (total, weights, factor, decimals) => {
          const base = allocateLargestRemainder(total, weights)._unsafeUnwrap();
          const multiplied = weights.map((w) => w * factor);
          const shifted = weights.map((w) => Number(`${w}e-${decimals}`));
          expect(allocateLargestRemainder(total, multiplied)._unsafeUnwrap()).toEqual(base);
          expect(allocateLargestRemainder(total, shifted)._unsafeUnwrap()).toEqual(base);
        },
      ),
    );
  });

  it('allocateLargestRemainder never throws for any input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (total, weights, options) => {
        allocateLargestRemainder(total as Money, weights as number[], options as never);
      }),
    );
    fc.assert(
      fc.property(arbTotal, fc.array(fc.double()), (total, weights) => {
        allocateLargestRemainder(total, weights);
      }),
    );
  });
});
