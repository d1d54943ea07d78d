import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import { createErrorFactory } from '../errors/createErrorFactory';
import type { StadigError } from '../errors/StadigError';
import type { Money } from './Money';
import { moneyMessages } from './messages';
import { type ToMoneyErrorCode, toMoney } from './toMoney';

const moneyError = createErrorFactory(moneyMessages);

/**
 * The codes {@link addMoney}, {@link subtractMoney} and {@link sumMoney} can return:
 * `money.overflow` when the exact result leaves the safe-integer range, or a
 * {@link ToMoneyErrorCode} for an operand that is not a `Money` (path: its index).
 *
 * @example
 * ```ts
 * const code: MoneyArithmeticErrorCode = 'money.overflow';
 * ```
 */
export type MoneyArithmeticErrorCode = 'money.overflow' | 'money.not-a-list' | ToMoneyErrorCode;

/**
 * Adds two amounts exactly. Never a silent float: when the sum would leave the
 * safe-integer range the result is a `money.overflow` error. Never throws.
 *
 * @param a - an amount in öre
 * @param b - an amount in öre
 * @returns `a + b`, or an error
 *
 * @example
 * ```ts
 * addMoney(1999 as Money, 1 as Money)._unsafeUnwrap();
 * //=> 2000
 * addMoney(Number.MAX_SAFE_INTEGER as Money, 1 as Money)._unsafeUnwrapErr().code;
 * //=> 'money.overflow'
 * ```
 */
export function addMoney(a: Money, b: Money): Result<Money, StadigError<MoneyArithmeticErrorCode>> {
  return toMoney(a, [0]).andThen((x) =>
    toMoney(b, [1]).andThen((y) => {
      // Both are safe integers, so the rounded float sum is exact whenever it is safe.
      const sum = x + y;
      if (!Number.isSafeInteger(sum)) return err(moneyError('money.overflow', {}));
      return ok((sum === 0 ? 0 : sum) as Money);
    }),
  );
}
