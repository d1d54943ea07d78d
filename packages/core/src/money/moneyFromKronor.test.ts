import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbMoney } from '../testing/money';
import { moneyFromKronor } from './moneyFromKronor';

describe('moneyFromKronor', () => {
  it('converts kronor with up to two decimals exactly, without float drift', () => {
    expect(moneyFromKronor(19.99)._unsafeUnwrap()).toBe(1999);
    expect(moneyFromKronor(0.29)._unsafeUnwrap()).toBe(29); // 0.29 * 100 is 28.999999999999996
    expect(moneyFromKronor(1.1)._unsafeUnwrap()).toBe(110);
    expect(moneyFromKronor(8450)._unsafeUnwrap()).toBe(845000);
    expect(moneyFromKronor(-12.5)._unsafeUnwrap()).toBe(-1250);
    expect(Object.is(moneyFromKronor(-0)._unsafeUnwrap(), 0)).toBe(true);
  });

  it('rejects more than two decimals, including float sums that print with many', () => {
    const error = moneyFromKronor(0.1 + 0.2)._unsafeUnwrapErr();
    expect(error.code).toBe('money.too-many-decimals');
    expect(error.params).toEqual({ maxDecimals: 2 });
    expect(moneyFromKronor(1.005)._unsafeUnwrapErr().code).toBe('money.too-many-decimals');
    expect(moneyFromKronor(1e-7)._unsafeUnwrapErr().code).toBe('money.too-many-decimals');
  });

  it('rejects what is not a finite number, and amounts out of range', () => {
    expect(moneyFromKronor('19.99')._unsafeUnwrapErr().code).toBe('money.not-a-number');
    expect(moneyFromKronor(Number.NaN)._unsafeUnwrapErr().code).toBe('money.not-a-number');
    expect(moneyFromKronor(1e21)._unsafeUnwrapErr().code).toBe('money.out-of-range');
    expect(moneyFromKronor(1e300)._unsafeUnwrapErr().code).toBe('money.out-of-range');
    expect(moneyFromKronor(90071992547410)._unsafeUnwrapErr().code).toBe('money.out-of-range');
    // A double holds about 16 significant digits: 90071992547409.91 is the number 90071992547409.9.
    expect(moneyFromKronor(90071992547409.91)._unsafeUnwrap()).toBe(9007199254740990);
  });
});

describe('properties', () => {
  it('moneyFromKronor never throws for any input', () => {
    fc.assert(fc.property(fc.anything(), (value) => moneyFromKronor(value) !== undefined));
    fc.assert(fc.property(fc.double(), (value) => moneyFromKronor(value) !== undefined));
  });

  it('moneyFromKronor(ore / 100) is ore for every amount up to a billion kronor', () => {
    fc.assert(
      fc.property(arbMoney({ min: -1e11, max: 1e11 }), (ore) => {
        expect(moneyFromKronor(ore / 100)._unsafeUnwrap()).toBe(ore);
      }),
    );
  });
});
