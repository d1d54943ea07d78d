import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import { createErrorFactory } from '../errors/createErrorFactory';
import type { ErrorPath, StadigError } from '../errors/StadigError';
import type { Money } from './Money';
import { moneyMessages } from './messages';

const moneyError = createErrorFactory(moneyMessages);

/**
 * The codes {@link toMoney} can return.
 *
 * @example
 * ```ts
 * const code: ToMoneyErrorCode = 'money.not-whole-ore';
 * ```
 */
export type ToMoneyErrorCode = 'money.not-a-number' | 'money.not-whole-ore' | 'money.out-of-range';

/**
 * Checks that a value is a whole number of öre within the safe-integer range and
 * returns it as {@link Money} (negative zero becomes 0). Never throws.
 *
 * @param ore - anything; only a safe integer is an amount in öre
 * @param path - where the value sits in a larger input, for the error
 * @returns the amount, or an error saying what is wrong (without repeating the value)
 *
 * @example
 * ```ts
 * toMoney(1999)._unsafeUnwrap();
 * //=> 1999
 * toMoney(19.99)._unsafeUnwrapErr().code;
 * //=> 'money.not-whole-ore'
 * ```
 */
export function toMoney(
  ore: unknown,
  path: ErrorPath = [],
): Result<Money, StadigError<ToMoneyErrorCode>> {
  if (typeof ore !== 'number' || !Number.isFinite(ore)) {
    return err(moneyError('money.not-a-number', {}, path));
  }
  if (!Number.isInteger(ore)) return err(moneyError('money.not-whole-ore', {}, path));
  if (!Number.isSafeInteger(ore)) return err(moneyError('money.out-of-range', {}, path));
  return ok((ore === 0 ? 0 : ore) as Money);
}
