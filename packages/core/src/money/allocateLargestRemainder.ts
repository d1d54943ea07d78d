import type { Result } from 'neverthrow';
import { err, ok } from 'neverthrow';
import { createErrorFactory } from '../errors/createErrorFactory';
import type { StadigError } from '../errors/StadigError';
import { exactDecimal } from './exactDecimal';
import type { Money } from './Money';
import { moneyMessages } from './messages';
import { type ToMoneyErrorCode, toMoney } from './toMoney';

const moneyError = createErrorFactory(moneyMessages);

/**
 * Options for {@link allocateLargestRemainder}.
 *
 * @example
 * ```ts
 * const options: AllocateOptions = { unit: 'krona' };
 * ```
 */
export interface AllocateOptions {
  /** The smallest part handed out: `'ore'` (default) or whole kronor (`'krona'`). */
  readonly unit?: 'ore' | 'krona';
}

/**
 * The codes {@link allocateLargestRemainder} can return.
 *
 * @example
 * ```ts
 * const code: AllocateErrorCode = 'money.all-weights-zero';
 * ```
 */
export type AllocateErrorCode =
  | ToMoneyErrorCode
  | 'money.not-a-list'
  | 'money.no-weights'
  | 'money.invalid-weight'
  | 'money.all-weights-zero'
  | 'money.not-whole-kronor'
  | 'money.invalid-option';

/**
 * Splits an amount in proportion to weights so that the parts add up exactly to
 * the total and each part is within one unit (one öre, or one krona with
 * `unit: 'krona'`) of its exact share. Largest-remainder method: every part first
 * gets its exact share rounded down; the units left over go one each to the parts
 * with the largest remainders, and on equal remainders to the lower index.
 *
 * All arithmetic is exact (BigInt): each weight counts as the decimal it prints as
 * (`0.1` is one tenth, `1e-7` is 10^-7). A zero weight gets zero. A negative total is
 * allocated as its absolute value and then negated. Never throws.
 *
 * @param total - the amount to split, in öre (whole kronor when `unit` is `'krona'`)
 * @param weights - finite, non-negative numbers, at least one of them positive
 * @param options - the unit of the parts
 * @returns the parts in the order of the weights, or an error (path `['weights', i]`
 *   for a bad weight)
 *
 * @example
 * ```ts
 * allocateLargestRemainder(10000 as Money, [1, 1, 1])._unsafeUnwrap();
 * //=> [3334, 3333, 3333]
 * allocateLargestRemainder(10000 as Money, [1, 1, 1], { unit: 'krona' })._unsafeUnwrap();
 * //=> [3400, 3300, 3300]
 * ```
 */
export function allocateLargestRemainder(
  total: Money,
  weights: readonly number[],
  options: AllocateOptions = {},
): Result<Money[], StadigError<AllocateErrorCode>> {
  const unit = options?.unit ?? 'ore';
  if (unit !== 'ore' && unit !== 'krona') {
    return err(moneyError('money.invalid-option', { option: 'unit' }, ['options', 'unit']));
  }
  const checkedTotal = toMoney(total, ['total']);
  if (checkedTotal.isErr()) return err(checkedTotal.error);
  const unitSize = unit === 'krona' ? 100n : 1n;
  const amount = BigInt(checkedTotal.value);
  if (amount % unitSize !== 0n) return err(moneyError('money.not-whole-kronor', {}, ['total']));
  const scaled = scaledWeights(weights);
  if (!Array.isArray(scaled)) return err(scaled);
  const units = (amount < 0n ? -amount : amount) / unitSize;
  const sum = scaled.reduce((a, b) => a + b, 0n);
  const floors = scaled.map((w) => (units * w) / sum);
  const remainders = scaled.map((w) => (units * w) % sum);
  let leftover = units - floors.reduce((a, b) => a + b, 0n);
  const byRemainder = remainders
    .map((_, index) => index)
    .sort((i, j) => compareBig(remainders[j] ?? 0n, remainders[i] ?? 0n) || i - j);
  for (const index of byRemainder) {
    if (leftover === 0n) break;
    floors[index] = (floors[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  const sign = amount < 0n ? -1n : 1n;
  return ok(floors.map((part) => Number(part * unitSize * sign) as Money));
}

/** The weights as integers scaled by one common power of ten, or the first problem. */
function scaledWeights(weights: unknown): bigint[] | StadigError<AllocateErrorCode> {
  if (!Array.isArray(weights)) return moneyError('money.not-a-list', {}, ['weights']);
  if (weights.length === 0) return moneyError('money.no-weights', {}, ['weights']);
  const decimals = [];
  for (let index = 0; index < weights.length; index++) {
    const weight: unknown = weights[index];
    const decimal = typeof weight === 'number' ? exactDecimal(weight) : undefined;
    if (decimal === undefined || (decimal.negative && decimal.digits !== 0n)) {
      return moneyError('money.invalid-weight', {}, ['weights', index]);
    }
    decimals.push(decimal);
  }
  const minExponent = decimals.reduce((min, d) => Math.min(min, d.exponent), 0);
  const scaled = decimals.map((d) => d.digits * 10n ** BigInt(d.exponent - minExponent));
  if (scaled.every((w) => w === 0n)) return moneyError('money.all-weights-zero', {}, ['weights']);
  return scaled;
}

function compareBig(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
