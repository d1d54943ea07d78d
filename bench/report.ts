/** One measurement: how many operations a case did in how long, and the heap it grew. */
export interface CaseSample {
  readonly ops: number;
  readonly ms: number;
  readonly heapDelta: number;
}

/** The summary of one case over all rounds. */
export interface CaseReport {
  readonly name: string;
  readonly role: 'baseline' | 'candidate';
  /** Median over the rounds of operations per second. */
  readonly opsPerSecond: number;
  /** `opsPerSecond / baseline.opsPerSecond`; 1 for the baseline. */
  readonly ratio: number;
  /** The lowest and highest ratio of a single round (both cases timed in that round). */
  readonly ratioRange: readonly [number, number];
  /** Median over the rounds of the growth of the used heap, in bytes. */
  readonly heapDeltaBytes: number;
}

/** What a benchmark measured: the cases, the baseline first, and whether the target was met. */
export interface BenchReport {
  readonly name: string;
  readonly description: string;
  readonly unit: string;
  readonly opsPerCall: number;
  readonly rounds: number;
  readonly roundMs: number;
  readonly targetRatio: number | null;
  readonly targetMet: boolean | null;
  /** The throughput every candidate should reach, or `null`; met when the slowest median reaches it. */
  readonly targetOpsPerSecond: number | null;
  readonly throughputMet: boolean | null;
  readonly cases: readonly CaseReport[];
}

/**
 * The median of a list (the mean of the middle two for an even count); 0 when empty.
 * @example median([4, 1, 3, 2]); //=> 2.5
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const perSecond = (s: CaseSample) => (s.ms > 0 ? (s.ops * 1000) / s.ms : 0);

/**
 * Summarises the samples of the baseline and each candidate (one sample per round each):
 * median ops/s, ratio of the medians to the baseline, range of the per-round ratios.
 * @example summariseBench(meta, { name: 'naive', samples }, [{ name: 'fast', samples: fast }]).cases[1].ratio; //=> 20
 */
export function summariseBench(
  meta: Omit<
    BenchReport,
    'cases' | 'targetMet' | 'throughputMet' | 'rounds' | 'targetOpsPerSecond'
  > & {
    readonly targetOpsPerSecond?: number | null;
  },
  baseline: { readonly name: string; readonly samples: readonly CaseSample[] },
  candidates: readonly { readonly name: string; readonly samples: readonly CaseSample[] }[],
): BenchReport {
  const base = median(baseline.samples.map(perSecond));
  const summarise = (
    c: { readonly name: string; readonly samples: readonly CaseSample[] },
    role: CaseReport['role'],
  ): CaseReport => {
    const rates = c.samples.map(perSecond);
    const ratios = rates.map((rate, i) => {
      const b = perSecond(baseline.samples[i] ?? { ops: 0, ms: 0, heapDelta: 0 });
      return b > 0 ? rate / b : 0;
    });
    return {
      name: c.name,
      role,
      opsPerSecond: median(rates),
      ratio: base > 0 ? median(rates) / base : 0,
      ratioRange: [Math.min(...ratios), Math.max(...ratios)],
      heapDeltaBytes: median(c.samples.map((s) => s.heapDelta)),
    };
  };
  const cases = [
    summarise(baseline, 'baseline'),
    ...candidates.map((c) => summarise(c, 'candidate')),
  ];
  const candidateCases = cases.filter((c) => c.role === 'candidate');
  const worst = Math.min(...candidateCases.map((c) => c.ratio));
  const slowest = Math.min(...candidateCases.map((c) => c.opsPerSecond));
  const targetOpsPerSecond = meta.targetOpsPerSecond ?? null;
  return {
    ...meta,
    targetOpsPerSecond,
    rounds: baseline.samples.length,
    targetMet: meta.targetRatio === null ? null : worst >= meta.targetRatio,
    throughputMet: targetOpsPerSecond === null ? null : slowest >= targetOpsPerSecond,
    cases,
  };
}

/**
 * Whole numbers with a space between thousands.
 * @example formatCount(1234567.8); //=> '1 234 568'
 */
export function formatCount(value: number): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/**
 * A ratio with two decimals and a times sign.
 * @example formatRatio(12.3456); //=> '12.35×'
 */
export function formatRatio(value: number): string {
  return `${value.toFixed(2)}×`;
}

/**
 * Bytes as a signed size.
 * @example formatBytes(1536); //=> '+1.5 KiB'
 */
export function formatBytes(bytes: number): string {
  const sign = bytes < 0 ? '-' : '+';
  const size = Math.abs(bytes);
  if (size < 1024) return `${sign}${Math.round(size)} B`;
  if (size < 1024 * 1024) return `${sign}${(size / 1024).toFixed(1)} KiB`;
  return `${sign}${(size / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * The report as a table a person reads (see docs/en/benchmarks.md).
 * @example console.log(formatBenchTable(await runBench(bench)));
 */
export function formatBenchTable(report: BenchReport): string {
  const header = [
    'case',
    `${report.unit}/s (median)`,
    'vs baseline',
    'per-round range',
    'heap Δ/round',
  ];
  const rows = report.cases.map((c) => [
    `${c.role === 'baseline' ? 'baseline ' : 'candidate'} ${c.name}`,
    formatCount(c.opsPerSecond),
    formatRatio(c.ratio),
    c.role === 'baseline' ? '' : `${formatRatio(c.ratioRange[0])}–${formatRatio(c.ratioRange[1])}`,
    formatBytes(c.heapDeltaBytes),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const target: string[] =
    report.targetRatio === null
      ? []
      : [
          `target: every candidate ≥ ${report.targetRatio}× the baseline — ${report.targetMet ? 'met' : 'NOT met'}`,
        ];
  if (report.targetOpsPerSecond !== null) {
    target.push(
      `target: every candidate ≥ ${formatCount(report.targetOpsPerSecond)} ${report.unit}/s — ${report.throughputMet ? 'met' : 'NOT met'}`,
    );
  }
  return [
    `${report.name}: ${report.description}`,
    `${report.rounds} rounds × ${report.roundMs} ms per case, interleaved; 1 call = ${formatCount(report.opsPerCall)} ${report.unit}`,
    '',
    line(header),
    ...rows.map(line),
    '',
    ...target,
  ].join('\n');
}
