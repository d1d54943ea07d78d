import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundedPercent } from './roundedPercent';

describe('roundedPercent', () => {
  it('rounds to the nearest whole percent, halves up', () => {
    expect(roundedPercent(1, 8)).toBe(13); // 12.5
    expect(roundedPercent(1, 3)).toBe(33);
    expect(roundedPercent(2, 3)).toBe(67);
    expect(roundedPercent(0, 5)).toBe(0);
    expect(roundedPercent(5, 5)).toBe(100);
  });
  it('reproduces the 2022 share of table 2 in seed 004 (lines 234–241): 55 718 of 1 761 018 is 3 %', () => {
    expect(roundedPercent(55718, 1761018)).toBe(3);
  });
  it('is null for a zero whole or values that are not non-negative safe integers', () => {
    expect(roundedPercent(1, 0)).toBeNull();
    expect(roundedPercent(-1, 10)).toBeNull();
    expect(roundedPercent(0.5, 10)).toBeNull();
    expect(roundedPercent(Number.NaN, 10)).toBeNull();
  });
});

describe('properties', () => {
  it('is within half a percent of the exact share', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e12 }), fc.integer({ min: 1, max: 1e12 }), (a, b) => {
        const percent = roundedPercent(a, b);
        expect(percent).not.toBeNull();
        const gap = Math.abs((percent ?? 0) * b - 100 * a);
        expect(gap <= b / 2 + 1e-6 * b).toBe(true);
      }),
    );
  });
  it('never throws for any input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        roundedPercent(a as number, b as number);
      }),
    );
  });
});
