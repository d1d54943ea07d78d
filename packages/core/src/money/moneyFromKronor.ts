import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import { createErrorFactory } from '../errors/createErrorFactory';
import type { ErrorPath, StadigError } from '../errors/StadigError';
import { exactDecimal } from './exactDecimal';
import { MAX_ORE, type Money } from './Money';
import { moneyMessages } from './messages';

const moneyError = createErrorFactory(moneyMessages);

/**
 * The codes {@link moneyFromKronor} can return.
 *
 * @example
 * ```ts
 * const code: MoneyFromKronorErrorCode = 'money.too-many-decimals';
 * ```
 */
export type MoneyFromKronorErrorCode =
  | 'money.not-a-number'
  | 'money.too-many-decimals'
  | 'money.out-of-range';

/**
 * Converts an amount in kronor (a number with at most two decimals) to {@link Money}
 * exactly, without floating-point drift: the number is read as the decimal it prints
 * as, so `19.99` is 1999 öre, and `0.1 + 0.2` (which prints as
 * `0.30000000000000004`) is rejected for having too many decimals. Never throws.
 *
 * @param kronor - anything; only a finite number with at most two decimals converts
 * @param path - where the value sits in a larger input, for the error
 * @returns the amount in öre, or an error (without repeating the value)
 *
 * @example
 * ```ts
 * moneyFromKronor(19.99)._unsafeUnwrap();
 * //=> 1999
 * moneyFromKronor(1.005)._unsafeUnwrapErr().code;
 * //=> 'money.too-many-decimals'
 * ```
 */
export function moneyFromKronor(
  kronor: unknown,
  path: ErrorPath = [],
): Result<Money, StadigError<MoneyFromKronorErrorCode>> {
  const decimal = typeof kronor === 'number' ? exactDecimal(kronor) : undefined;
  if (decimal === undefined) return err(moneyError('money.not-a-number', {}, path));
  const shift = decimal.exponent + 2;
  if (shift < 0 && decimal.digits % 10n ** BigInt(-shift) !== 0n) {
    return err(moneyError('money.too-many-decimals', { maxDecimals: 2 }, path));
  }
  // Beyond 10^16 öre no amount can be safe: stop before building a huge BigInt.
  if (decimal.digits !== 0n && shift > 16) {
    return err(moneyError('money.out-of-range', {}, path));
  }
  const ore =
    shift >= 0 ? decimal.digits * 10n ** BigInt(shift) : decimal.digits / 10n ** BigInt(-shift);
  if (ore > MAX_ORE) return err(moneyError('money.out-of-range', {}, path));
  const value = Number(ore);
  return ok((decimal.negative && value !== 0 ? -value : value) as Money);
}
