import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthYearFor } from './birthYearFor';

describe('birthYearFor', () => {
  it('takes the most recent year not after asOf, and a century earlier for +', () => {
    expect(birthYearFor(26, '-', 2026)).toBe(2026);
    expect(birthYearFor(27, '', 2026)).toBe(1927);
    expect(birthYearFor(0, '-', 2026)).toBe(2000);
    expect(birthYearFor(26, '+', 2026)).toBe(1926);
    expect(birthYearFor(99, '+', 2000)).toBe(1899);
  });
});

describe('properties', () => {
  it('the inferred year ends in yy and lies 0–99 years (100–199 with +) before asOf', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('', '-', '+' as const),
        fc.integer({ min: 1800, max: 2999 }),
        (yy, separator, asOfYear) => {
          const year = birthYearFor(yy, separator, asOfYear);
          const back = asOfYear - year;
          expect(year % 100).toBe(yy);
          expect(back).toBeGreaterThanOrEqual(separator === '+' ? 100 : 0);
          expect(back).toBeLessThanOrEqual(separator === '+' ? 199 : 99);
        },
      ),
    );
  });
});
