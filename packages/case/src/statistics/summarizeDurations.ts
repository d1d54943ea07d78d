import { nearestRank } from './nearestRank';

/**
 * The summary published for a duration in days.
 *
 * @example
 * ```ts
 * const s: DurationSummary = { n: 1, mean: 3, median: 3, p25: 3, p75: 3, p90: 3 };
 * ```
 */
export interface DurationSummary {
  /** How many durations. */
  readonly n: number;
  /** The arithmetic mean, rounded to one decimal. */
  readonly mean: number;
  /** Nearest-rank percentiles (see {@link nearestRank}). */
  readonly median: number;
  readonly p25: number;
  readonly p75: number;
  readonly p90: number;
}

/**
 * Summarises durations in days: count, mean (one decimal), and the nearest-rank
 * median, 25th, 75th and 90th percentiles. Sorts a copy (32-bit integers when every value is one); the input is not changed.
 * With no values every statistic is `NaN`. Never throws.
 *
 * @param days - the durations, in any order
 * @returns the summary
 *
 * @example
 * ```ts
 * summarizeDurations([30, 10, 20, 40]);
 * //=> { n: 4, mean: 25, median: 20, p25: 10, p75: 30, p90: 40 }
 * ```
 */
export function summarizeDurations(days: ArrayLike<number>): DurationSummary {
  // Days are whole numbers: an Int32Array sorts them about twice as fast.
  let whole = true;
  for (let i = 0; i < days.length && whole; i++) whole = ((days[i] ?? 0.5) | 0) === days[i];
  const sorted = whole ? new Int32Array(days.length) : new Float64Array(days.length);
  for (let i = 0; i < days.length; i++) sorted[i] = days[i] ?? 0;
  sorted.sort();
  let sum = 0;
  for (const d of sorted) sum += d;
  const n = sorted.length;
  return {
    n,
    mean: n === 0 ? Number.NaN : Math.round((sum / n) * 10) / 10,
    median: nearestRank(sorted, 0.5),
    p25: nearestRank(sorted, 0.25),
    p75: nearestRank(sorted, 0.75),
    p90: nearestRank(sorted, 0.9),
  };
}
