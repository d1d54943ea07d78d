/**
 * A finite number as the exact decimal its shortest representation shows:
 * `digits × 10^exponent`, with `digits` a non-negative integer.
 *
 * @internal
 * @example
 * ```ts
 * const tenth: ExactDecimal = { negative: false, digits: 1n, exponent: -1 };
 * ```
 */
export interface ExactDecimal {
  readonly negative: boolean;
  readonly digits: bigint;
  readonly exponent: number;
}

const SHORTEST = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * Reads a finite number as the decimal `String(value)` shows (`0.1` is exactly one
 * tenth, `1e-7` is exactly 10^-7), so arithmetic on it can be exact in BigInt.
 *
 * @internal
 * @param value - a finite number
 * @returns the exact decimal, or `undefined` for NaN and infinities
 *
 * @example
 * ```ts
 * exactDecimal(19.99);
 * //=> { negative: false, digits: 1999n, exponent: -2 }
 * ```
 */
export function exactDecimal(value: number): ExactDecimal | undefined {
  if (!Number.isFinite(value)) return undefined;
  const match = SHORTEST.exec(String(value));
  if (match === null) return undefined;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  return {
    negative: sign === '-',
    digits: BigInt(whole + fraction),
    exponent: Number(exponent) - fraction.length,
  };
}
