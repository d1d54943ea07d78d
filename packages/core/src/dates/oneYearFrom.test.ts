import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDateOnly } from '../testing/dates';
import { daysBetween } from './daysBetween';
import { fullMonthsBetween } from './fullMonthsBetween';
import { oneYearFrom } from './oneYearFrom';
import { parseDateOnly } from './parseDateOnly';

const d = (text: string) => parseDateOnly(text)._unsafeUnwrap();

describe('oneYearFrom', () => {
  it('from 2024-02-29 the year ends 2025-02-28, the last day of the month (lag 1930:173, 1 §)', () => {
    expect(oneYearFrom(d('2024-02-29'))._unsafeUnwrap()).toBe('2025-02-28');
  });

  it('is the same day next year when it exists', () => {
    expect(oneYearFrom(d('2023-03-01'))._unsafeUnwrap()).toBe('2024-03-01');
    expect(oneYearFrom(d('2023-12-31'))._unsafeUnwrap()).toBe('2024-12-31');
    expect(oneYearFrom(d('2023-02-28'))._unsafeUnwrap()).toBe('2024-02-28');
  });

  it('does not move a weekend end to a weekday (2 § is not applied)', () => {
    // 2026-03-01 is a Sunday.
    expect(oneYearFrom(d('2025-03-01'))._unsafeUnwrap()).toBe('2026-03-01');
  });

  it('is an error after 2999', () => {
    expect(oneYearFrom(d('2999-01-01'))._unsafeUnwrapErr().code).toBe('date.out-of-range');
  });
});

describe('properties', () => {
  it('oneYearFrom(d) is after d and at most 366 days later', () => {
    fc.assert(
      fc.property(arbDateOnly({ max: d('2998-12-31') }), (date) => {
        const days = daysBetween(date, oneYearFrom(date)._unsafeUnwrap());
        expect(days).toBeGreaterThanOrEqual(365);
        expect(days).toBeLessThanOrEqual(366);
      }),
    );
  });

  it('exactly twelve full months lie between d and oneYearFrom(d)', () => {
    fc.assert(
      fc.property(arbDateOnly({ max: d('2998-12-31') }), (date) => {
        expect(fullMonthsBetween(date, oneYearFrom(date)._unsafeUnwrap())).toBe(12);
      }),
    );
  });
});
