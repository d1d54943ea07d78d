import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import { createErrorFactory } from '../errors/createErrorFactory';
import type { StadigError } from '../errors/StadigError';
import type { MoneyArithmeticErrorCode } from './addMoney';
import { MAX_ORE, type Money } from './Money';
import { moneyMessages } from './messages';
import { toMoney } from './toMoney';

const moneyError = createErrorFactory(moneyMessages);

/**
 * Adds a list of amounts exactly (an empty list sums to 0). The running total is
 * kept in BigInt, so only the final sum must fit: `[max, 1, -1]` sums to `max`.
 * `money.overflow` when it does not. Never throws.
 *
 * @param list - amounts in öre
 * @returns the sum, or an error (for a non-amount: its index as the path)
 *
 * @example
 * ```ts
 * sumMoney([845000, 120050, -5000] as Money[])._unsafeUnwrap();
 * //=> 960050
 * ```
 */
export function sumMoney(
  list: readonly Money[],
): Result<Money, StadigError<MoneyArithmeticErrorCode>> {
  if (!Array.isArray(list)) return err(moneyError('money.not-a-list', {}));
  let total = 0n;
  for (const [index, item] of list.entries()) {
    const amount = toMoney(item, [index]);
    if (amount.isErr()) return err(amount.error);
    total += BigInt(amount.value);
  }
  if (total > MAX_ORE || total < -MAX_ORE) return err(moneyError('money.overflow', {}));
  return ok(Number(total) as Money);
}
