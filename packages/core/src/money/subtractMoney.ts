import type { Result } from 'neverthrow';
import type { StadigError } from '../errors/StadigError';
import { addMoney, type MoneyArithmeticErrorCode } from './addMoney';
import type { Money } from './Money';
import { toMoney } from './toMoney';

/**
 * Subtracts one amount from another exactly; `money.overflow` when the difference
 * would leave the safe-integer range. Never throws.
 *
 * @param a - the amount to subtract from, in öre
 * @param b - the amount to subtract, in öre
 * @returns `a - b`, or an error
 *
 * @example
 * ```ts
 * subtractMoney(500000 as Money, 845000 as Money)._unsafeUnwrap();
 * //=> -345000
 * ```
 */
export function subtractMoney(
  a: Money,
  b: Money,
): Result<Money, StadigError<MoneyArithmeticErrorCode>> {
  // Negating a safe integer is always safe, so a - b is a + (-b).
  return toMoney(b, [1]).andThen((y) => addMoney(a, -y as Money));
}
