import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDateOnly } from '../testing/dates';
import { addMonths } from './addMonths';
import type { DateOnly } from './DateOnly';
import { fullMonthsBetween } from './fullMonthsBetween';
import { parseDateOnly } from './parseDateOnly';

const d = (text: string) => parseDateOnly(text)._unsafeUnwrap();

describe('fullMonthsBetween', () => {
  it('counts whole months, with month ends as addMonths has them', () => {
    expect(fullMonthsBetween(d('2024-01-15'), d('2024-03-14'))).toBe(1);
    expect(fullMonthsBetween(d('2024-01-15'), d('2024-03-15'))).toBe(2);
    expect(fullMonthsBetween(d('2024-01-31'), d('2024-02-29'))).toBe(1);
    expect(fullMonthsBetween(d('2024-01-31'), d('2024-02-28'))).toBe(0);
    expect(fullMonthsBetween(d('2024-02-29'), d('2025-02-28'))).toBe(12);
    expect(fullMonthsBetween(d('2024-05-10'), d('2024-05-10'))).toBe(0);
  });

  it('is the negative of the reverse when to is before from', () => {
    expect(fullMonthsBetween(d('2024-03-31'), d('2024-02-29'))).toBe(-1);
    expect(Object.is(fullMonthsBetween(d('2024-03-02'), d('2024-03-01')), 0)).toBe(true);
    expect(fullMonthsBetween('nope' as DateOnly, d('2024-01-01'))).toBeNaN();
  });
});

describe('properties', () => {
  it('n = fullMonthsBetween(a, b) is the largest n with addMonths(a, n) ≤ b', () => {
    fc.assert(
      fc.property(arbDateOnly(), arbDateOnly(), (x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        const n = fullMonthsBetween(a, b);
        expect(n).toBeGreaterThanOrEqual(0);
        expect(addMonths(a, n)._unsafeUnwrap() <= b).toBe(true);
        const next = addMonths(a, n + 1);
        if (next.isOk()) expect(next.value > b).toBe(true);
        expect(fullMonthsBetween(b, a)).toBe(n === 0 ? 0 : -n);
      }),
    );
  });
});
