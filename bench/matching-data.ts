/**
 * Shared data for the matching benchmarks: synthetic cases (`generateCases`) and offers
 * (`generateOffers`), prepared once, and a memory tracker that prints the peak heap and
 * RSS seen after timed calls.
 */
import { generateCases } from '@stadig/case';
import type { DateOnly } from '@stadig/core';
import {
  generateOffers,
  type MatchOptions,
  type PreparedCase,
  type PreparedOffer,
  prepareCase,
  prepareOffer,
} from '@stadig/matching';

export const asOf = '2026-01-15' as DateOnly;
export const options: MatchOptions = { asOf, allowSteps: ['social-contract'] };

/** `count` prepared synthetic cases (batches of 10 000 with derived seeds). */
export function preparedCases(count: number, seed = 1): PreparedCase[] {
  const out: PreparedCase[] = [];
  for (let batch = 0; out.length < count; batch++) {
    const n = Math.min(10_000, count - out.length);
    for (const c of generateCases({ seed: seed + batch * 7919, count: n, asOf })) {
      out.push(prepareCase(c, options));
    }
  }
  return out;
}

/** `count` prepared synthetic offers. */
export function preparedOffers(count: number, seed = 1): PreparedOffer[] {
  return generateOffers({ seed, count, asOf }).map((o) => prepareOffer(o, options));
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** Records the memory in use after a call of `name`; prints the peaks when the process ends. */
export function memoryTracker(bench: string) {
  const peaks = new Map<string, { heapUsed: number; rss: number }>();
  process.on('exit', () => {
    for (const [name, peak] of peaks) {
      console.error(
        `  ${bench} peak after a call of ${name}: heapUsed ${mb(peak.heapUsed)}, rss ${mb(peak.rss)}`,
      );
    }
  });
  return <T>(name: string, value: T): T => {
    const { heapUsed, rss } = process.memoryUsage();
    const peak = peaks.get(name) ?? { heapUsed: 0, rss: 0 };
    peaks.set(name, { heapUsed: Math.max(peak.heapUsed, heapUsed), rss: Math.max(peak.rss, rss) });
    return value;
  };
}
