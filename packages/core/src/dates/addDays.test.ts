import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDateOnly } from '../testing/dates';
import { addDays } from './addDays';
import type { DateOnly } from './DateOnly';
import { daysBetween } from './daysBetween';
import { parseDateOnly } from './parseDateOnly';

const d = (text: string) => parseDateOnly(text)._unsafeUnwrap();
const RANGE_DAYS = 438_290; // 1800-01-01 to 2999-12-31

describe('addDays', () => {
  it('moves by calendar days over month, year and leap-day boundaries', () => {
    expect(addDays(d('2024-02-28'), 1)._unsafeUnwrap()).toBe('2024-02-29');
    expect(addDays(d('2023-02-28'), 1)._unsafeUnwrap()).toBe('2023-03-01');
    expect(addDays(d('2023-12-31'), 1)._unsafeUnwrap()).toBe('2024-01-01');
    expect(addDays(d('2024-03-01'), -1)._unsafeUnwrap()).toBe('2024-02-29');
    expect(addDays(d('2024-03-31'), 0)._unsafeUnwrap()).toBe('2024-03-31');
    expect(addDays(d('1800-01-01'), RANGE_DAYS)._unsafeUnwrap()).toBe('2999-12-31');
  });

  it('is an error when the result leaves 1800–2999 or the amount is not whole', () => {
    expect(addDays(d('2999-12-31'), 1)._unsafeUnwrapErr().code).toBe('date.out-of-range');
    expect(addDays(d('1800-01-01'), -1)._unsafeUnwrapErr().code).toBe('date.out-of-range');
    expect(addDays(d('2024-01-01'), 1e15)._unsafeUnwrapErr().code).toBe('date.out-of-range');
    expect(addDays(d('2024-01-01'), 1.5)._unsafeUnwrapErr().code).toBe('date.invalid-amount');
    expect(addDays(d('2024-01-01'), Number.NaN)._unsafeUnwrapErr().path).toEqual(['amount']);
    expect(addDays('2023-02-29' as DateOnly, 1)._unsafeUnwrapErr().code).toBe(
      'date.does-not-exist',
    );
  });
});

describe('properties', () => {
  const arbDays = fc.integer({ min: -RANGE_DAYS, max: RANGE_DAYS });

  it('addDays(addDays(d, a), b) = addDays(d, a + b) whenever both steps stay in range', () => {
    fc.assert(
      fc.property(arbDateOnly(), arbDays, arbDays, (date, a, b) => {
        const stepwise = addDays(date, a).andThen((x) => addDays(x, b));
        const direct = addDays(date, a + b);
        if (stepwise.isOk()) expect(direct._unsafeUnwrap()).toBe(stepwise.value);
      }),
    );
  });

  it('daysBetween(d, addDays(d, n)) = n', () => {
    fc.assert(
      fc.property(arbDateOnly(), arbDays, (date, n) => {
        const later = addDays(date, n);
        if (later.isOk()) expect(daysBetween(date, later.value)).toBe(n);
      }),
    );
  });

  it('addDays is ok exactly when the result is within the range', () => {
    fc.assert(
      fc.property(arbDateOnly(), arbDays, (date, n) => {
        const fromStart = daysBetween(d('1800-01-01'), date) + n;
        expect(addDays(date, n).isOk()).toBe(fromStart >= 0 && fromStart <= RANGE_DAYS);
      }),
    );
  });

  it('addDays never throws for any input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (date, n) => {
        addDays(date as DateOnly, n as number);
      }),
    );
  });
});
