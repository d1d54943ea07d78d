import fc from 'fast-check';
import type { Money } from '../money/Money';

/**
 * Bounds for {@link arbMoney}, in öre.
 *
 * @example
 * ```ts
 * const bounds: ArbMoneyOptions = { min: 0, max: 10_000_00 };
 * ```
 */
export interface ArbMoneyOptions {
  /** The smallest amount (default `-Number.MAX_SAFE_INTEGER`). */
  readonly min?: number;
  /** The largest amount (default `Number.MAX_SAFE_INTEGER`). */
  readonly max?: number;
}

/**
 * Generates {@link Money}: safe integers of öre, biased towards small amounts and the
 * edges of the range, so both everyday amounts and overflow edges are tried.
 *
 * @param options - the smallest and largest amount, in öre
 * @returns an arbitrary of amounts
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbMoney({ min: 0 }), (m) => m >= 0));
 * ```
 */
export function arbMoney(options: ArbMoneyOptions = {}): fc.Arbitrary<Money> {
  const min = BigInt(options.min ?? -Number.MAX_SAFE_INTEGER);
  const max = BigInt(options.max ?? Number.MAX_SAFE_INTEGER);
  return fc.bigInt({ min, max }).map((ore) => Number(ore) as Money);
}

/**
 * Options for {@link arbWeights}.
 *
 * @example
 * ```ts
 * const options: ArbWeightsOptions = { minLength: 2, maxLength: 4 };
 * ```
 */
export interface ArbWeightsOptions {
  /** The fewest weights (default 1). */
  readonly minLength?: number;
  /** The most weights (default 8). */
  readonly maxLength?: number;
}

/**
 * Generates valid weights for `allocateLargestRemainder`: finite, non-negative
 * numbers with at least one positive, mixing whole numbers, decimals such as `0.1`,
 * tiny values such as `1e-7`, large ones and zeros.
 *
 * @param options - how many weights
 * @returns an arbitrary of weight lists
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbWeights(), (ws) => ws.some((w) => w > 0)));
 * ```
 */
export function arbWeights(options: ArbWeightsOptions = {}): fc.Arbitrary<number[]> {
  const weight = fc.oneof(
    fc.nat({ max: 1000 }),
    fc.constantFrom(0, 0.1, 0.2, 0.3, 1 / 3, 2.5, 1e-7, 1e9),
    fc.integer({ min: 1, max: 99999 }).map((n) => n / 100),
    fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  );
  return fc
    .array(weight, { minLength: options.minLength ?? 1, maxLength: options.maxLength ?? 8 })
    .filter((weights) => weights.some((w) => w > 0));
}
