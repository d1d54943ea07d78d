import { allocateLargestRemainder, type Money } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportionKronor } from './apportionKronor';

const kr = (...amounts: number[]) => amounts.map((a) => a * 100) as Money[];
const split = (total: number, claims: number[]) =>
  apportionKronor((total * 100) as Money, kr(...claims)).map((ore) => ore / 100);

describe('apportionKronor', () => {
  it('gives every claim in full when the amount covers them', () => {
    expect(split(100, [30, 20])).toEqual([30, 20]);
  });
  it('splits in proportion, in whole kronor, adding up exactly', () => {
    expect(split(50, [30, 20, 50])).toEqual([15, 10, 25]);
    expect(split(10, [1, 1, 1])).toEqual([1, 1, 1]);
    expect(split(2, [1, 1, 1])).toEqual([1, 1, 0]);
  });
  it('avoids the Alabama paradox that largest remainder shows on 6, 6 and 2 kr', () => {
    const hamilton = (t: number) =>
      allocateLargestRemainder((t * 100) as Money, [6, 6, 2], { unit: 'krona' })._unsafeUnwrap();
    expect(hamilton(10)).toEqual(kr(4, 4, 2));
    expect(hamilton(11)).toEqual(kr(5, 5, 1)); // the third claim lost a krona
    expect(split(10, [6, 6, 2])).toEqual([5, 4, 1]);
    expect(split(11, [6, 6, 2])).toEqual([5, 5, 1]);
  });
  it('counts amounts in whole kronor rounded down, and nonsense as nothing', () => {
    expect(apportionKronor(1099 as Money, kr(10, 10))).toEqual(kr(5, 5));
    expect(apportionKronor(-5 as Money, kr(10))).toEqual(kr(0));
    expect(apportionKronor(1000 as Money, [-100, Number.NaN, 500] as Money[])).toEqual(kr(0, 0, 5));
  });
});

const arbClaims = fc.array(fc.nat({ max: 2_000_000 }), { minLength: 1, maxLength: 12 });

describe('properties', () => {
  it('parts add up exactly to the amount, or to the claims when they fit, and never exceed a claim', () => {
    fc.assert(
      fc.property(arbClaims, fc.nat({ max: 30_000_000 }), (claims, total) => {
        const parts = split(total, claims);
        const sum = claims.reduce((a, b) => a + b, 0);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(Math.min(total, sum));
        parts.forEach((p, i) => {
          expect(p).toBeLessThanOrEqual(claims[i] ?? 0);
        });
        parts.forEach((p) => {
          expect(p).toBeGreaterThanOrEqual(0);
        });
      }),
    );
  });
  it('raising the amount never lowers any part (house monotone)', () => {
    fc.assert(
      fc.property(
        arbClaims,
        fc.nat({ max: 3_000_000 }),
        fc.nat({ max: 50 }),
        (claims, total, more) => {
          const low = split(total, claims);
          const high = split(total + more, claims);
          low.forEach((p, i) => {
            expect(high[i]).toBeGreaterThanOrEqual(p);
          });
        },
      ),
    );
  });
  it('equal claims get parts within one krona of each other', () => {
    fc.assert(
      fc.property(
        arbClaims,
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.nat({ max: 3_000_000 }),
        (others, same, total) => {
          const parts = split(total, [same, ...others, same]);
          expect(Math.abs((parts[0] ?? 0) - (parts.at(-1) ?? 0))).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
  it('never throws for any input', () => {
    fc.assert(
      fc.property(
        fc.anything(),
        fc.anything(),
        (t, c) => void apportionKronor(t as Money, c as Money[]),
      ),
    );
  });
});
