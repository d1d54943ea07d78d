import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRealIsoDate } from './DateOnly';
import { isDateOnly } from './isDateOnly';

/** The plain definition the char-code implementation must agree with. */
const reference = (value: unknown) =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealIsoDate(value);

describe('isDateOnly', () => {
  it('accepts real dates in 1800–2999 and nothing else', () => {
    expect(['2024-02-29', '1800-01-01', '2999-12-31'].map(isDateOnly)).toEqual([true, true, true]);
    const rejected = ['2023-02-29', '1799-12-31', '3000-01-01', '2024-13-01', '2024-00-10'];
    expect(rejected.map(isDateOnly)).toEqual(rejected.map(() => false));
    const malformed = [
      ' 2024-01-01',
      '2024-1-01',
      '2024/01/01',
      '２０２４-01-01',
      '2024-01-0x',
      20240101,
      null,
    ];
    expect(malformed.map(isDateOnly)).toEqual(malformed.map(() => false));
  });
});

describe('properties', () => {
  const near = fc
    .tuple(
      fc.integer({ min: 1790, max: 3010 }),
      fc.integer({ min: -1, max: 14 }),
      fc.integer({ min: -1, max: 33 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const mutated = fc
    .tuple(near, fc.nat(9), fc.string({ minLength: 1, maxLength: 1 }))
    .map(([text, i, c]) => text.slice(0, i) + c + text.slice(i + 1));

  it('agrees with /^\\d{4}-\\d{2}-\\d{2}$/ and a real calendar date, for any value', () => {
    fc.assert(
      fc.property(fc.oneof(near, mutated, fc.string(), fc.anything()), (value) => {
        expect(isDateOnly(value)).toBe(reference(value));
      }),
      { numRuns: 2000 },
    );
  });
});
