import {
  createErrorFactory,
  type ErrorPath,
  err,
  type Money,
  moneyFromKronor,
  ok,
  parseMoney,
  type Result,
  type StadigError,
} from '@stadig/core';
import { applicationMessages } from './messages';

const applicationError = createErrorFactory(applicationMessages);

/**
 * Reads a non-negative amount in kronor, a number (`1234.5`) or Swedish text
 * (`"1 234,50 kr"`), as öre. `undefined` when the value is neither a number nor a
 * string (the schema reports that). Never throws.
 *
 * @internal
 * @param value - the value from the input
 * @param path - where it sits, for the error
 * @returns the amount, an error, or `undefined`
 *
 * @example
 * ```ts
 * readAmount('1 234,50 kr', ['requested'])?._unsafeUnwrap();
 * //=> 123450
 * ```
 */
export function readAmount(
  value: unknown,
  path: ErrorPath,
): Result<Money, StadigError> | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  const amount: Result<Money, StadigError> =
    typeof value === 'number' ? moneyFromKronor(value, path) : parseMoney(value, path);
  if (amount.isOk() && amount.value < 0)
    return err(applicationError('grants.negative-amount', {}, path));
  return amount.isOk() ? ok(amount.value) : err(amount.error);
}
