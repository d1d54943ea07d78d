import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbMoney } from '../testing/money';
import { addMoney } from './addMoney';
import type { Money } from './Money';
import { subtractMoney } from './subtractMoney';
import { sumMoney } from './sumMoney';

const MAX = Number.MAX_SAFE_INTEGER as Money;
const m = (ore: number) => ore as Money;

describe('addMoney and subtractMoney', () => {
  it('compute exactly', () => {
    expect(addMoney(m(1999), m(1))._unsafeUnwrap()).toBe(2000);
    expect(subtractMoney(m(500000), m(845000))._unsafeUnwrap()).toBe(-345000);
    expect(addMoney(MAX, m(-MAX))._unsafeUnwrap()).toBe(0);
  });

  it('return an overflow error instead of an inexact float', () => {
    expect(addMoney(MAX, m(1))._unsafeUnwrapErr().code).toBe('money.overflow');
    expect(subtractMoney(m(-MAX), m(1))._unsafeUnwrapErr().code).toBe('money.overflow');
  });

  it('reject an operand that is not an amount, naming its position', () => {
    const error = addMoney(m(1), m(0.5))._unsafeUnwrapErr();
    expect(error.code).toBe('money.not-whole-ore');
    expect(error.path).toEqual([1]);
    expect(subtractMoney(Number.NaN as Money, m(1))._unsafeUnwrapErr().path).toEqual([0]);
  });
});

describe('sumMoney', () => {
  it('adds a list, and an empty list is zero', () => {
    expect(sumMoney([845000, 120050, -5000] as Money[])._unsafeUnwrap()).toBe(960050);
    expect(sumMoney([])._unsafeUnwrap()).toBe(0);
  });

  it('needs only the final sum to fit', () => {
    expect(sumMoney([MAX, m(1), m(-1)])._unsafeUnwrap()).toBe(MAX);
    expect(sumMoney([MAX, m(1)])._unsafeUnwrapErr().code).toBe('money.overflow');
  });

  it('names the first element that is not an amount', () => {
    const error = sumMoney([1, 2, 3.5] as Money[])._unsafeUnwrapErr();
    expect(error.code).toBe('money.not-whole-ore');
    expect(error.path).toEqual([2]);
    expect(sumMoney('12' as never)._unsafeUnwrapErr().code).toBe('money.not-a-list');
  });
});

describe('properties', () => {
  const inRange = (n: bigint) => n <= BigInt(MAX) && n >= -BigInt(MAX);

  it('addMoney and subtractMoney equal BigInt arithmetic, or report overflow exactly when it leaves the range', () => {
    fc.assert(
      fc.property(arbMoney(), arbMoney(), (a, b) => {
        const sum = BigInt(a) + BigInt(b);
        const added = addMoney(a, b);
        expect(added.isOk()).toBe(inRange(sum));
        if (added.isOk()) expect(BigInt(added.value)).toBe(sum);
        const difference = BigInt(a) - BigInt(b);
        const subtracted = subtractMoney(a, b);
        expect(subtracted.isOk()).toBe(inRange(difference));
        if (subtracted.isOk()) expect(BigInt(subtracted.value)).toBe(difference);
      }),
    );
  });

  it('sumMoney equals the BigInt sum', () => {
    fc.assert(
      fc.property(fc.array(arbMoney()), (list) => {
        const exact = list.reduce((acc, x) => acc + BigInt(x), 0n);
        const result = sumMoney(list);
        expect(result.isOk()).toBe(inRange(exact));
        if (result.isOk()) expect(BigInt(result.value)).toBe(exact);
      }),
    );
  });

  it('addMoney, subtractMoney and sumMoney never throw for any input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        addMoney(a as Money, b as Money);
        subtractMoney(a as Money, b as Money);
        sumMoney(a as Money[]);
        sumMoney([a, b] as Money[]);
      }),
    );
  });
});
