import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDateOnly } from '../testing/dates';
import { addMonths } from './addMonths';
import { addYears } from './addYears';
import type { DateOnly } from './DateOnly';
import { parseDateOnly } from './parseDateOnly';

const d = (text: string) => parseDateOnly(text)._unsafeUnwrap();

describe('addMonths', () => {
  it('keeps the day of the month, or takes the last day when it does not exist (lag 1930:173, 1 §)', () => {
    expect(addMonths(d('2024-01-15'), 1)._unsafeUnwrap()).toBe('2024-02-15');
    expect(addMonths(d('2024-01-31'), 1)._unsafeUnwrap()).toBe('2024-02-29');
    expect(addMonths(d('2023-01-31'), 1)._unsafeUnwrap()).toBe('2023-02-28');
    expect(addMonths(d('2024-03-31'), -1)._unsafeUnwrap()).toBe('2024-02-29');
    expect(addMonths(d('2024-08-31'), 1)._unsafeUnwrap()).toBe('2024-09-30');
    expect(addMonths(d('2024-11-30'), 3)._unsafeUnwrap()).toBe('2025-02-28');
  });

  it('is an error out of range or for a fractional amount', () => {
    expect(addMonths(d('2999-12-01'), 1)._unsafeUnwrapErr().code).toBe('date.out-of-range');
    expect(addMonths(d('2000-01-01'), 1e9)._unsafeUnwrapErr().code).toBe('date.out-of-range');
    expect(addMonths(d('2000-01-01'), 0.5)._unsafeUnwrapErr().code).toBe('date.invalid-amount');
  });
});

describe('addYears', () => {
  it('moves 29 February to 28 February in a common year', () => {
    expect(addYears(d('2024-02-29'), 1)._unsafeUnwrap()).toBe('2025-02-28');
    expect(addYears(d('2024-02-29'), 4)._unsafeUnwrap()).toBe('2028-02-29');
    expect(addYears(d('2024-02-29'), -1)._unsafeUnwrap()).toBe('2023-02-28');
    expect(addYears(d('1900-03-01'), 100)._unsafeUnwrap()).toBe('2000-03-01');
    expect(addYears(d('2999-06-01'), 1)._unsafeUnwrapErr().code).toBe('date.out-of-range');
  });
});

describe('properties', () => {
  const arbMonths = fc.integer({ min: -14_400, max: 14_400 });

  it('addMonths keeps order: d1 ≤ d2 ⇒ addMonths(d1, n) ≤ addMonths(d2, n)', () => {
    fc.assert(
      fc.property(arbDateOnly(), arbDateOnly(), arbMonths, (a, b, n) => {
        const [d1, d2] = a <= b ? [a, b] : [b, a];
        const r1 = addMonths(d1, n);
        const r2 = addMonths(d2, n);
        if (r1.isOk() && r2.isOk()) expect(r1.value <= r2.value).toBe(true);
      }),
    );
  });

  it('addYears(d, n) = addMonths(d, 12n), and the day never grows', () => {
    fc.assert(
      fc.property(arbDateOnly(), fc.integer({ min: -1200, max: 1200 }), (date, n) => {
        const years = addYears(date, n);
        expect(years.isOk()).toBe(addMonths(date, 12 * n).isOk());
        if (years.isOk()) {
          expect(years.value).toBe(addMonths(date, 12 * n)._unsafeUnwrap());
          expect(Number(years.value.slice(8))).toBeLessThanOrEqual(Number(date.slice(8)));
        }
      }),
    );
  });

  it('addMonths and addYears never throw for any input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (date, n) => {
        addMonths(date as DateOnly, n as number);
        addYears(date as DateOnly, n as number);
      }),
    );
  });
});
