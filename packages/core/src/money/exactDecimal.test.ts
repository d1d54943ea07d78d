import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactDecimal } from './exactDecimal';

describe('exactDecimal', () => {
  it('reads the shortest decimal, including exponent forms', () => {
    expect(exactDecimal(19.99)).toEqual({ negative: false, digits: 1999n, exponent: -2 });
    expect(exactDecimal(1e-7)).toEqual({ negative: false, digits: 1n, exponent: -7 });
    expect(exactDecimal(1.5e-7)).toEqual({ negative: false, digits: 15n, exponent: -8 });
    expect(exactDecimal(1e21)).toEqual({ negative: false, digits: 1n, exponent: 21 });
    expect(exactDecimal(-2.5)).toEqual({ negative: true, digits: 25n, exponent: -1 });
    expect(exactDecimal(Number.NaN)).toBeUndefined();
    expect(exactDecimal(Number.NEGATIVE_INFINITY)).toBeUndefined();
  });
});

describe('properties', () => {
  it('the decimal read back as a number is the number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const d = exactDecimal(x);
        expect(d).toBeDefined();
        if (d)
          expect(Number(`${d.negative ? '-' : ''}${d.digits}e${d.exponent}`)).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});
