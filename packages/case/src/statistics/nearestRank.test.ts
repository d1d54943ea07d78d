import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestRank } from './nearestRank';

const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('nearestRank', () => {
  it('takes the value at rank ⌈p·n⌉ (1-based), never interpolating', () => {
    expect(nearestRank(oneToTen, 0.5)).toBe(5); // ⌈5⌉ = 5
    expect(nearestRank(oneToTen, 0.25)).toBe(3); // ⌈2.5⌉ = 3
    expect(nearestRank(oneToTen, 0.75)).toBe(8); // ⌈7.5⌉ = 8
    expect(nearestRank(oneToTen, 0.9)).toBe(9); // ⌈9⌉ = 9, despite 0.9·10 = 9.000000000000002
    expect(nearestRank(oneToTen, 1)).toBe(10);
  });

  it('takes the lower middle value as the median of an even count', () => {
    expect(nearestRank([10, 20, 30, 40], 0.5)).toBe(20);
  });

  it('gives the only value of a single value, and NaN for none or a p outside (0, 1]', () => {
    expect(nearestRank([7], 0.1)).toBe(7);
    expect(nearestRank([], 0.5)).toBeNaN();
    expect(nearestRank(oneToTen, 0)).toBeNaN();
    expect(nearestRank(oneToTen, 1.5)).toBeNaN();
  });

  describe('properties', () => {
    const sorted = fc
      .array(fc.integer({ min: 0, max: 2000 }), { minLength: 1 })
      .map((a) => a.sort((x, y) => x - y));
    const p = fc.double({ min: 0.001, max: 1, noNaN: true });

    it('the percentile is one of the values', () => {
      fc.assert(
        fc.property(sorted, p, (values, q) => {
          expect(values).toContain(nearestRank(values, q));
        }),
      );
    });

    it('at least a fraction p of the values are at or below it', () => {
      fc.assert(
        fc.property(sorted, p, (values, q) => {
          const v = nearestRank(values, q);
          expect(values.filter((x) => x <= v).length).toBeGreaterThanOrEqual(
            q * values.length - 1e-9,
          );
        }),
      );
    });

    it('is monotone in p', () => {
      fc.assert(
        fc.property(sorted, p, p, (values, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(nearestRank(values, lo)).toBeLessThanOrEqual(nearestRank(values, hi));
        }),
      );
    });
  });
});
