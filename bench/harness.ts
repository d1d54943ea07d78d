/**
 * A small benchmark harness. A benchmark compares candidates with a baseline doing
 * the same job, timed in the same process, interleaved over several rounds, so that
 * the figure that matters, the ratio candidate/baseline, does not depend on the
 * machine. See docs/en/benchmarks.md.
 */
import { type BenchReport, type CaseSample, summariseBench } from './report';

export * from './report';

/** A function to time, with the name it is reported under. */
export interface BenchCase {
  readonly name: string;
  /**
   * One call; it should do `opsPerCall` operations. Its result is kept, so it cannot be
   * optimised away. A call that returns a promise (an import into a database, a stream)
   * is awaited before the clock is read again.
   */
  readonly fn: () => unknown;
  /**
   * When true, `fn` measures itself: it resolves to the milliseconds its operations
   * took (for example a child process that reports the time of its work, so that
   * starting the process is not counted), and the harness adds those up instead of
   * reading its own clock.
   */
  readonly selfTimed?: boolean;
}

/** A benchmark, as `defineBench` completes it. */
export interface BenchDefinition {
  readonly name: string;
  readonly description: string;
  readonly baseline: BenchCase;
  readonly candidates: readonly [BenchCase, ...BenchCase[]];
  /** Operations one call does (for example, names resolved per call); default 1. */
  readonly opsPerCall: number;
  /** What one operation is, for the table; default `'ops'`. */
  readonly unit: string;
  /** Rounds, each timing every case once; default 7. */
  readonly rounds: number;
  /** Time budget per case per round; default 250 ms. */
  readonly roundMs: number;
  /** Time each case runs untimed first; default 300 ms. */
  readonly warmupMs: number;
  /** The ratio every candidate should reach, or `null`. */
  readonly targetRatio: number | null;
  /** The throughput (ops/s, median) every candidate should reach, or `null`. */
  readonly targetOpsPerSecond: number | null;
  /** Runs before timing: problems found (for example, the cases disagree). Empty when fine. */
  readonly check: () => readonly string[];
}

type Optional =
  | 'description'
  | 'opsPerCall'
  | 'unit'
  | 'rounds'
  | 'roundMs'
  | 'warmupMs'
  | 'targetRatio'
  | 'targetOpsPerSecond'
  | 'check';

/**
 * Declares a benchmark: a baseline, candidates, and optionally budgets, a target and a check.
 * @example export default defineBench({ name: 'x', baseline: { name: 'a', fn: a }, candidates: [{ name: 'b', fn: b }] });
 */
export function defineBench(
  definition: Omit<BenchDefinition, Optional> & Partial<Pick<BenchDefinition, Optional>>,
): BenchDefinition {
  return {
    description: '',
    opsPerCall: 1,
    unit: 'ops',
    rounds: 7,
    roundMs: 250,
    warmupMs: 300,
    targetRatio: null,
    targetOpsPerSecond: null,
    check: () => [],
    ...definition,
  };
}

/**
 * Whether a module's export is a benchmark made by `defineBench`.
 * @example isBenchDefinition((await import('./resolve-municipality.bench')).default); //=> true
 */
export function isBenchDefinition(value: unknown): value is BenchDefinition {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<BenchDefinition>;
  return (
    typeof v.name === 'string' &&
    typeof v.baseline?.fn === 'function' &&
    Array.isArray(v.candidates)
  );
}

/** The clock and heap gauge the harness reads; tests pass fake ones. */
export interface BenchEnvironment {
  /** Milliseconds from any fixed point. */
  readonly now: () => number;
  /** Bytes of heap in use. */
  readonly heapUsed: () => number;
}

/** The real clock and heap of this process. */
export const processEnvironment: BenchEnvironment = {
  now: () => performance.now(),
  heapUsed: () => process.memoryUsage().heapUsed,
};

/** Thrown by `runBench` when the benchmark's check finds problems; nothing is timed then. */
export class BenchCheckError extends Error {
  constructor(
    readonly bench: string,
    readonly problems: readonly string[],
  ) {
    super(`${bench}: the cases do not do the same job:\n  ${problems.join('\n  ')}`);
  }
}

let sink: unknown;

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { then?: unknown }).then === 'function';

async function timeCase(
  c: BenchCase,
  budgetMs: number,
  opsPerCall: number,
  env: BenchEnvironment,
): Promise<CaseSample> {
  const heapBefore = env.heapUsed();
  const start = env.now();
  let calls = 0;
  let elapsed = 0;
  do {
    sink = c.fn();
    if (isThenable(sink)) sink = await sink;
    calls++;
    if (c.selfTimed !== true) elapsed = env.now() - start;
    else if (typeof sink === 'number' && Number.isFinite(sink) && sink >= 0) elapsed += sink;
    else throw new TypeError(`${c.name}: a self-timed case must resolve to its milliseconds`);
  } while (elapsed < budgetMs);
  return { ops: calls * opsPerCall, ms: elapsed, heapDelta: env.heapUsed() - heapBefore };
}

/**
 * Checks, warms up, then times the baseline and every candidate in each round, in
 * alternating order, and summarises: median ops/s per case and ratio to the baseline.
 * Synchronous and asynchronous cases are timed alike (a promise is awaited per call).
 * @example (await runBench(bench, processEnvironment, { rounds: 3 })).cases[1].ratio; //=> 263.4
 */
export async function runBench(
  bench: BenchDefinition,
  env: BenchEnvironment = processEnvironment,
  overrides: Partial<Pick<BenchDefinition, 'rounds' | 'roundMs' | 'warmupMs'>> = {},
): Promise<BenchReport> {
  const { rounds, roundMs, warmupMs } = { ...bench, ...overrides };
  const problems = bench.check();
  if (problems.length > 0) throw new BenchCheckError(bench.name, problems);
  const cases = [bench.baseline, ...bench.candidates];
  for (const c of cases) await timeCase(c, warmupMs, bench.opsPerCall, env);
  const samples = new Map<BenchCase, CaseSample[]>(cases.map((c) => [c, []]));
  for (let round = 0; round < rounds; round++) {
    for (const c of round % 2 === 0 ? cases : [...cases].reverse()) {
      samples.get(c)?.push(await timeCase(c, roundMs, bench.opsPerCall, env));
    }
  }
  if (sink === samples) throw new Error('unreachable');
  const of = (c: BenchCase) => ({ name: c.name, samples: samples.get(c) ?? [] });
  const { name, description, unit, opsPerCall, targetRatio, targetOpsPerSecond } = bench;
  return summariseBench(
    { name, description, unit, opsPerCall, roundMs, targetRatio, targetOpsPerSecond },
    of(bench.baseline),
    bench.candidates.map(of),
  );
}
