import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneySchema } from './Money';
import { toMoney } from './toMoney';

describe('toMoney', () => {
  it('accepts safe integers of öre', () => {
    expect(toMoney(1999)._unsafeUnwrap()).toBe(1999);
    expect(toMoney(-5)._unsafeUnwrap()).toBe(-5);
    expect(toMoney(Number.MAX_SAFE_INTEGER)._unsafeUnwrap()).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('turns negative zero into zero', () => {
    expect(Object.is(toMoney(-0)._unsafeUnwrap(), 0)).toBe(true);
  });

  it('names what is wrong, with the path', () => {
    expect(toMoney('12')._unsafeUnwrapErr().code).toBe('money.not-a-number');
    expect(toMoney(Number.NaN)._unsafeUnwrapErr().code).toBe('money.not-a-number');
    expect(toMoney(Number.POSITIVE_INFINITY)._unsafeUnwrapErr().code).toBe('money.not-a-number');
    expect(toMoney(19.99)._unsafeUnwrapErr().code).toBe('money.not-whole-ore');
    const tooBig = toMoney(2 ** 53, ['rent'])._unsafeUnwrapErr();
    expect(tooBig.code).toBe('money.out-of-range');
    expect(tooBig.path).toEqual(['rent']);
  });
});

describe('moneySchema', () => {
  it('is an integer in JSON and accepts only safe integers', () => {
    expect(moneySchema.safeParse(845000).success).toBe(true);
    expect(moneySchema.safeParse(0.5).success).toBe(false);
    expect(moneySchema.safeParse(2 ** 53).success).toBe(false);
    expect(Object.is(moneySchema.parse(-0), 0)).toBe(true);
  });
});

describe('properties', () => {
  it('toMoney never throws for any input', () => {
    fc.assert(fc.property(fc.anything(), (value) => toMoney(value) !== undefined));
  });

  it('toMoney accepts exactly the safe integers and returns them unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeInteger(), fc.double()), (n) => {
        const result = toMoney(n);
        expect(result.isOk()).toBe(Number.isSafeInteger(n));
        if (result.isOk()) expect(result.value).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});
