/**
 * The `p`-th percentile of values sorted ascending, by the nearest-rank method: the
 * value at rank `⌈p · n⌉` (1-based), so always one of the values, never interpolated.
 * The median is `p = 0.5`: for an even count, the lower of the two middle values.
 * `NaN` for no values or a `p` outside (0, 1]. Never throws.
 *
 * @param sorted - the values, sorted ascending
 * @param p - the fraction, in (0, 1]
 * @returns the value at the nearest rank
 *
 * @example
 * ```ts
 * nearestRank([10, 20, 30, 40], 0.5);
 * //=> 20
 * nearestRank([10, 20, 30, 40], 0.9);
 * //=> 40
 * ```
 */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0 || !(p > 0 && p <= 1)) return Number.NaN;
  // The epsilon keeps 0.9 · 10 = 9.000000000000002 at rank 9.
  const rank = Math.min(n, Math.max(1, Math.ceil(p * n - 1e-9)));
  return sorted[rank - 1] ?? Number.NaN;
}
