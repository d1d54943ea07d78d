import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDateOnly } from '../testing/dates';
import { compareDates } from './compareDates';
import type { DateOnly } from './DateOnly';
import { daysBetween } from './daysBetween';
import { parseDateOnly } from './parseDateOnly';

const d = (text: string) => parseDateOnly(text)._unsafeUnwrap();

describe('daysBetween', () => {
  it('counts calendar days, signed', () => {
    expect(daysBetween(d('2024-02-28'), d('2024-03-01'))).toBe(2);
    expect(daysBetween(d('2023-02-28'), d('2023-03-01'))).toBe(1);
    expect(daysBetween(d('2024-03-01'), d('2024-02-28'))).toBe(-2);
    expect(Object.is(daysBetween(d('2024-03-01'), d('2024-03-01')), 0)).toBe(true);
    expect(daysBetween(d('2024-01-01'), d('2025-01-01'))).toBe(366);
    expect(daysBetween(d('1800-01-01'), d('2999-12-31'))).toBe(438_290);
  });

  it('counts a day across the Swedish daylight saving changes as one day', () => {
    expect(daysBetween(d('2025-03-29'), d('2025-03-31'))).toBe(2);
    expect(daysBetween(d('2025-10-25'), d('2025-10-27'))).toBe(2);
  });

  it('is NaN for values that are not dates', () => {
    expect(daysBetween('x' as DateOnly, d('2024-01-01'))).toBeNaN();
  });
});

describe('compareDates', () => {
  it('orders dates by the calendar', () => {
    expect(compareDates(d('2024-02-29'), d('2024-03-01'))).toBe(-1);
    expect(compareDates(d('2024-03-01'), d('2024-02-29'))).toBe(1);
    expect(compareDates(d('2024-03-01'), d('2024-03-01'))).toBe(0);
    expect([d('2025-01-01'), d('1999-12-31'), d('2000-01-01')].sort(compareDates)).toEqual([
      '1999-12-31',
      '2000-01-01',
      '2025-01-01',
    ]);
    expect(compareDates(Object.create(null), d('2024-01-01'))).toBeNaN();
  });
});

describe('properties', () => {
  it('the sign of daysBetween(a, b) is the sign of compareDates(b, a)', () => {
    fc.assert(
      fc.property(arbDateOnly(), arbDateOnly(), (a, b) => {
        expect(Math.sign(daysBetween(a, b))).toBe(compareDates(b, a));
      }),
    );
  });

  it('daysBetween(a, b) + daysBetween(b, c) = daysBetween(a, c)', () => {
    fc.assert(
      fc.property(arbDateOnly(), arbDateOnly(), arbDateOnly(), (a, b, c) => {
        expect(daysBetween(a, b) + daysBetween(b, c)).toBe(daysBetween(a, c));
      }),
    );
  });

  it('daysBetween and compareDates never throw for any input', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), fc.anything(), (a, b) => {
        daysBetween(a as DateOnly, b as DateOnly);
        compareDates(a as DateOnly, b as DateOnly);
      }),
    );
  });
});
