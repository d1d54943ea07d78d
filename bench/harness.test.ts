import { describe, expect, it } from 'vitest';
import {
  BenchCheckError,
  type CaseSample,
  defineBench,
  formatBenchTable,
  formatBytes,
  formatCount,
  formatRatio,
  isBenchDefinition,
  median,
  runBench,
  summariseBench,
} from './harness';

const meta = {
  name: 'demo',
  description: 'a fake benchmark',
  unit: 'names',
  opsPerCall: 10,
  roundMs: 100,
  targetRatio: 10,
};
const sample = (ops: number, ms: number, heapDelta = 0): CaseSample => ({ ops, ms, heapDelta });

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});

describe('summariseBench', () => {
  const baseline = {
    name: 'naive',
    samples: [sample(100, 100), sample(100, 50), sample(100, 200)],
  };
  const fast = {
    name: 'fast',
    samples: [sample(2000, 100, 2048), sample(3000, 100), sample(1000, 100)],
  };
  const report = summariseBench(meta, baseline, [fast]);

  it('reports the median ops/s of each case and the ratio of the medians', () => {
    // baseline rates 1000, 2000, 500 → median 1000; fast 20000, 30000, 10000 → 20000
    expect(report.cases.map((c) => [c.name, c.role, c.opsPerSecond, c.ratio])).toEqual([
      ['naive', 'baseline', 1000, 1],
      ['fast', 'candidate', 20000, 20],
    ]);
  });

  it('reports the range of the per-round ratios and the median heap growth', () => {
    // rounds: 20000/1000, 30000/2000, 10000/500
    expect(report.cases[1]?.ratioRange).toEqual([15, 20]);
    expect(report.cases[1]?.heapDeltaBytes).toBe(0);
    expect(report.rounds).toBe(3);
  });

  it('says whether every candidate met the target', () => {
    expect(report.targetMet).toBe(true);
    const slow = { name: 'slow', samples: baseline.samples.map((s) => sample(s.ops * 5, s.ms)) };
    expect(summariseBench(meta, baseline, [fast, slow]).targetMet).toBe(false);
    expect(summariseBench({ ...meta, targetRatio: null }, baseline, [fast]).targetMet).toBeNull();
  });
});

describe('throughput target', () => {
  const baseline = { name: 'naive', samples: [sample(100, 100)] };
  const fast = { name: 'fast', samples: [sample(5_000, 100)] };
  it('is met when the slowest candidate reaches the ops/s, and printed with the table', () => {
    const met = summariseBench({ ...meta, targetOpsPerSecond: 50_000 }, baseline, [fast]);
    expect(met.throughputMet).toBe(true);
    expect(formatBenchTable(met)).toContain('target: every candidate ≥ 50 000 names/s — met');
    const missed = summariseBench({ ...meta, targetOpsPerSecond: 50_001 }, baseline, [fast]);
    expect(missed.throughputMet).toBe(false);
    expect(formatBenchTable(missed)).toContain('— NOT met');
    expect(summariseBench(meta, baseline, [fast]).throughputMet).toBeNull();
  });
});

describe('formatting', () => {
  it('groups thousands, rounds ratios to two decimals and signs byte sizes', () => {
    expect(formatCount(1234567.8)).toBe('1 234 568');
    expect(formatCount(999)).toBe('999');
    expect(formatRatio(12.3456)).toBe('12.35×');
    expect([formatBytes(512), formatBytes(1536), formatBytes(-3 * 1024 * 1024)]).toEqual([
      '+512 B',
      '+1.5 KiB',
      '-3.0 MiB',
    ]);
  });

  it('prints a table with the baseline first, the ratios and the target', () => {
    const baseline = { name: 'naive', samples: [sample(100, 100)] };
    const fast = { name: 'fast', samples: [sample(2500, 100, 1536)] };
    const table = formatBenchTable(summariseBench(meta, baseline, [fast]));
    expect(table.split('\n')).toEqual([
      'demo: a fake benchmark',
      '1 rounds × 100 ms per case, interleaved; 1 call = 10 names',
      '',
      'case             names/s (median)  vs baseline  per-round range  heap Δ/round',
      'baseline  naive             1 000        1.00×                           +0 B',
      'candidate fast             25 000       25.00×    25.00×–25.00×      +1.5 KiB',
      '',
      'target: every candidate ≥ 10× the baseline — met',
    ]);
  });
});

describe('runBench with a fake clock', () => {
  let now = 0;
  const env = { now: () => now, heapUsed: () => now * 10 };
  const tick = (ms: number) => {
    now += ms;
    return now;
  };
  const bench = defineBench({
    name: 'fake',
    baseline: { name: 'slow', fn: () => tick(4) },
    candidates: [{ name: 'quick', fn: () => tick(1) }],
    opsPerCall: 2,
    rounds: 3,
    roundMs: 20,
    warmupMs: 8,
  });

  it('times every case each round and reports the ratio of the rates', async () => {
    const report = await runBench(bench, env);
    // slow: 5 calls × 2 ops in 20 ms = 500/s; quick: 20 calls × 2 ops in 20 ms = 2000/s
    expect(report.cases.map((c) => [c.name, c.opsPerSecond, c.ratio])).toEqual([
      ['slow', 500, 1],
      ['quick', 2000, 4],
    ]);
    expect(report.cases[1]?.heapDeltaBytes).toBe(200);
    expect(report.rounds).toBe(3);
  });

  it('defaults what is not given, and recognises its own definitions', () => {
    expect([bench.unit, bench.targetRatio, bench.check()]).toEqual(['ops', null, []]);
    expect(isBenchDefinition(bench)).toBe(true);
    expect(isBenchDefinition({ name: 'x' })).toBe(false);
  });

  it('awaits a case that returns a promise before reading the clock again', async () => {
    const asyncBench = defineBench({
      ...bench,
      baseline: { name: 'slow', fn: async () => tick(4) },
      candidates: [{ name: 'quick', fn: () => Promise.resolve(tick(1)) }],
    });
    const report = await runBench(asyncBench, env);
    expect(report.cases.map((c) => [c.name, c.opsPerSecond, c.ratio])).toEqual([
      ['slow', 500, 1],
      ['quick', 2000, 4],
    ]);
  });

  it('adds up the time a self-timed case reports, not the time its call took', async () => {
    const selfTimed = defineBench({
      ...bench,
      // Each call takes 10 ms on the clock (starting a process) but reports 2 ms of work.
      baseline: { name: 'slow', selfTimed: true, fn: async () => tick(10) && 4 },
      candidates: [{ name: 'quick', selfTimed: true, fn: async () => tick(10) && 1 }],
    });
    const report = await runBench(selfTimed, env);
    // slow: 5 calls × 2 ops in 20 ms of work = 500/s; quick: 20 calls × 2 ops in 20 ms = 2000/s
    expect(report.cases.map((c) => [c.name, c.opsPerSecond, c.ratio])).toEqual([
      ['slow', 500, 1],
      ['quick', 2000, 4],
    ]);
    const wrong = defineBench({
      ...bench,
      baseline: { name: 'slow', selfTimed: true, fn: () => 'x' },
    });
    await expect(runBench(wrong, env)).rejects.toThrow(/must resolve to its milliseconds/);
  });

  it('refuses to time cases that its check finds disagreeing', async () => {
    const disagreeing = defineBench({ ...bench, check: () => ['"Falun": 2080 vs null'] });
    await expect(runBench(disagreeing, env)).rejects.toThrow(BenchCheckError);
    await expect(runBench(disagreeing, env)).rejects.toThrow(/"Falun": 2080 vs null/);
  });
});
