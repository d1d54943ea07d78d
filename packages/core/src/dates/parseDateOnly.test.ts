import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbDateOnly } from '../testing/dates';
import { isDateOnly } from './isDateOnly';
import { parseDateOnly } from './parseDateOnly';

describe('parseDateOnly', () => {
  it('accepts real dates and names what is wrong with others', () => {
    expect(parseDateOnly(' 2024-02-29 ')._unsafeUnwrap()).toBe('2024-02-29');
    expect(parseDateOnly('2023-02-29')._unsafeUnwrapErr().code).toBe('date.does-not-exist');
    expect(parseDateOnly('1799-12-31')._unsafeUnwrapErr().code).toBe('date.out-of-range');
    expect(parseDateOnly('29/02/2024')._unsafeUnwrapErr().code).toBe('date.invalid-format');
    expect(parseDateOnly(20240229)._unsafeUnwrapErr().code).toBe('date.not-a-string');
  });
});

describe('isDateOnly', () => {
  it('is true only for real dates in range, written exactly', () => {
    expect(isDateOnly('2024-02-29')).toBe(true);
    expect(isDateOnly('2023-02-29')).toBe(false);
    expect(isDateOnly(' 2024-02-29')).toBe(false);
    expect(isDateOnly('3000-01-01')).toBe(false);
    expect(isDateOnly(null)).toBe(false);
  });
});

describe('properties', () => {
  it('parseDateOnly of a generated date is ok and returns it unchanged', () => {
    fc.assert(
      fc.property(arbDateOnly(), (date) => {
        expect(parseDateOnly(date)._unsafeUnwrap()).toBe(date);
        expect(isDateOnly(date)).toBe(true);
      }),
    );
  });

  it('parseDateOnly and isDateOnly never throw for any input', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), (value) => {
        expect(parseDateOnly(value).isOk()).toBe(isDateOnly(value));
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), (text) => {
        expect(parseDateOnly(text).isOk()).toBe(isDateOnly(text));
      }),
    );
  });
});
