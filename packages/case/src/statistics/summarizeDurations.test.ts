import { describe, expect, it } from 'vitest';
import { summarizeDurations } from './summarizeDurations';

describe('summarizeDurations', () => {
  it('summarises a hand-made set with known nearest-rank percentiles', () => {
    // Sorted: 3 7 12 20 31 45 60 90 120 200 (n = 10, sum 588).
    expect(summarizeDurations([60, 3, 200, 12, 45, 7, 90, 20, 120, 31])).toEqual({
      n: 10,
      mean: 58.8,
      median: 31,
      p25: 12,
      p75: 90,
      p90: 120,
    });
  });

  it('rounds the mean to one decimal and leaves the input alone', () => {
    const days = [2, 1, 1];
    expect(summarizeDurations(days).mean).toBe(1.3);
    expect(days).toEqual([2, 1, 1]);
  });

  it('gives NaN statistics for no durations', () => {
    const s = summarizeDurations([]);
    expect(s.n).toBe(0);
    expect([s.mean, s.median, s.p25, s.p75, s.p90].every(Number.isNaN)).toBe(true);
  });
});
