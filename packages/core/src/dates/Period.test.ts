import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDateOnly, arbPeriod } from '../testing/dates';
import { addDays } from './addDays';
import type { DateOnly } from './DateOnly';
import { daysBetween } from './daysBetween';
import { isWithinPeriod } from './isWithinPeriod';
import type { Period } from './Period';
import { parseDateOnly } from './parseDateOnly';
import { parsePeriod } from './parsePeriod';
import { periodLengthInDays } from './periodLengthInDays';

const d = (text: string) => parseDateOnly(text)._unsafeUnwrap();
const period = (input: unknown) => parsePeriod(input)._unsafeUnwrap();

describe('parsePeriod', () => {
  it('accepts closed and open-ended periods, and a one-day period', () => {
    expect(period({ from: '2024-01-01', to: '2024-12-31' })).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(period({ from: '2025-09-01' })).toEqual({ from: '2025-09-01' });
    expect('to' in period({ from: '2025-09-01' })).toBe(false);
    expect(period({ from: '2024-05-05', to: '2024-05-05' }).to).toBe('2024-05-05');
  });

  it('rejects a period that ends before it starts, at the path of to', () => {
    const [error, ...rest] = parsePeriod({
      from: '2024-03-01',
      to: '2024-02-29',
    })._unsafeUnwrapErr();
    expect(rest).toEqual([]);
    expect(error?.code).toBe('date.period-ends-before-start');
    expect(error?.path).toEqual(['to']);
    expect(error?.message.sv).toBe('Perioden slutar innan den börjar.');
  });

  it('lists every problem, with the path prefix', () => {
    const errors = parsePeriod({ from: '2023-02-29', to: 'soon', note: 1 }, [
      'stay',
    ])._unsafeUnwrapErr();
    expect(errors.map((e) => [e.code, e.path])).toEqual(
      expect.arrayContaining([
        ['date.does-not-exist', ['stay', 'from']],
        ['date.invalid-format', ['stay', 'to']],
        ['validation.unknown-field', ['stay']],
      ]),
    );
    expect(parsePeriod(null)._unsafeUnwrapErr()[0].code).toBe('validation.invalid-type');
    expect(parsePeriod({})._unsafeUnwrapErr()[0]).toMatchObject({
      code: 'validation.required',
      path: ['from'],
    });
  });
});

describe('periodLengthInDays', () => {
  it('counts both ends, and an open period up to and including asOf', () => {
    expect(
      periodLengthInDays(period({ from: '2024-01-01', to: '2024-01-31' }), d('2030-01-01')),
    ).toBe(31);
    expect(
      periodLengthInDays(period({ from: '2024-02-01', to: '2024-02-29' }), d('2024-02-10')),
    ).toBe(29);
    expect(periodLengthInDays(period({ from: '2025-09-01' }), d('2025-09-30'))).toBe(30);
    expect(periodLengthInDays(period({ from: '2025-09-01' }), d('2025-09-01'))).toBe(1);
    expect(periodLengthInDays(period({ from: '2025-09-01' }), d('2025-08-01'))).toBe(0);
    expect(periodLengthInDays(null as never, d('2025-08-01'))).toBeNaN();
  });
});

describe('isWithinPeriod', () => {
  it('includes both ends, and everything from the start of an open period', () => {
    const january = period({ from: '2024-01-01', to: '2024-01-31' });
    expect(isWithinPeriod(d('2024-01-01'), january)).toBe(true);
    expect(isWithinPeriod(d('2024-01-31'), january)).toBe(true);
    expect(isWithinPeriod(d('2023-12-31'), january)).toBe(false);
    expect(isWithinPeriod(d('2024-02-01'), january)).toBe(false);
    expect(isWithinPeriod(d('2999-12-31'), period({ from: '2024-01-01' }))).toBe(true);
    expect(isWithinPeriod(d('2024-01-01'), 'x' as never)).toBe(false);
  });
});

describe('properties', () => {
  it('a generated period parses back to itself', () => {
    fc.assert(
      fc.property(arbPeriod(), (p) => {
        expect(parsePeriod(p)._unsafeUnwrap()).toEqual(p);
      }),
    );
  });

  it('the length of a period is the number of dates within it', () => {
    const asOf = d('2024-06-15');
    const near = { min: d('2024-05-01'), max: d('2024-07-31') };
    fc.assert(
      fc.property(arbPeriod(near), (p: Period) => {
        let count = 0;
        for (let i = 0; i <= daysBetween(near.min, near.max); i++) {
          const day = addDays(near.min, i)._unsafeUnwrap();
          if (isWithinPeriod(day, p) && (p.to !== undefined || day <= asOf)) count++;
        }
        expect(periodLengthInDays(p, asOf)).toBe(count);
      }),
      { numRuns: 50 },
    );
  });

  it('a date is within a period exactly when from ≤ date ≤ to', () => {
    fc.assert(
      fc.property(arbDateOnly(), arbPeriod({ open: false }), (date, p) => {
        expect(isWithinPeriod(date, p)).toBe(p.from <= date && date <= (p.to ?? date));
      }),
    );
  });

  it('parsePeriod, periodLengthInDays and isWithinPeriod never throw for any input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        parsePeriod(a);
        periodLengthInDays(a as Period, b as DateOnly);
        isWithinPeriod(b as DateOnly, a as Period);
      }),
    );
  });
});
