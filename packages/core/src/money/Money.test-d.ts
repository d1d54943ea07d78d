import { describe, expectTypeOf, it } from 'vitest';
import type { DateOnly } from '../dates/DateOnly';
import { allocateLargestRemainder } from './allocateLargestRemainder';
import type { Money } from './Money';
import { toMoney } from './toMoney';

describe('Money', () => {
  it('is a branded number: a plain number or a DateOnly is not Money', () => {
    expectTypeOf<Money>().toExtend<number>();
    expectTypeOf<number>().not.toExtend<Money>();
    expectTypeOf<DateOnly>().not.toExtend<Money>();
  });

  it('comes out of the constructors and the allocation', () => {
    expectTypeOf(toMoney(1)._unsafeUnwrap()).toEqualTypeOf<Money>();
    expectTypeOf(
      allocateLargestRemainder(toMoney(1)._unsafeUnwrap(), [1])._unsafeUnwrap(),
    ).toEqualTypeOf<Money[]>();
  });
});
