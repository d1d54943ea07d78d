/**
 * Case validation throughput: `parseCase` over 2 000 typical synthetic cases in input
 * form (`generateCaseInputs` with a fixed seed, as `stadig generate cases` prints them,
 * read back with `JSON.parse` as from a file or a request body; about 70 % have an
 * outcome home), against the bare zod/mini `caseSchema.safeParse` of the same inputs.
 * `parseCase` reads a valid case through its hand-written fast path (checked against
 * the schema by a property test) and falls back to the schema for the exact problems,
 * so on valid input it also does what the schema does not: identity numbers, the event
 * log replayed through the lifecycle, `protect()` of every personal field and the
 * outcome's permanence verdict. Target: ≥ 100 000 cases/s and at least half the speed
 * of the bare schema.
 *
 * Then statistics over 1 000 000 generated cases (CASE_VALIDATE_STATS_CASES): batches
 * of 10 000 (`generateCases` with seeds 1, 2, …) made in two worker threads, each
 * batch projected with `toStatisticsRecord` and only the records kept; `caseStatistics`
 * by municipality is timed over all of them (CASE_VALIDATE_STATS_ROUNDS, default 3).
 * Prints the time and the peak memory (rss and heapUsed, sampled after each batch
 * and after each statistics call).
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  type CaseStatisticsRecord,
  caseSchema,
  caseStatistics,
  generateCaseInputs,
  generateCases,
  parseCase,
  toStatisticsRecord,
} from '@stadig/case';
import type { DateOnly } from '@stadig/core';
import { defineBench } from './harness';

const asOf = '2026-01-01' as DateOnly;
const BATCH = 10_000;

if (!isMainThread) {
  // A worker: generate the batches it is given and send back only the records.
  const { seeds } = workerData as { seeds: number[] };
  for (const seed of seeds) {
    const records = generateCases({ seed, count: BATCH, asOf }).flatMap(
      (c) => toStatisticsRecord(c) ?? [],
    );
    parentPort?.postMessage(records);
  }
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const peak = { rss: 0, heapUsed: 0 };
const sample = () => {
  const { rss, heapUsed } = process.memoryUsage();
  peak.rss = Math.max(peak.rss, rss);
  peak.heapUsed = Math.max(peak.heapUsed, heapUsed);
};

/** Worker code: Node 20 does not pass tsx's loader on to workers, so register it there. */
const boot = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;

/** Generates `total` cases in batches across two workers; keeps only their records. */
async function statisticsRecords(total: number): Promise<CaseStatisticsRecord[]> {
  const seeds = Array.from({ length: Math.ceil(total / BATCH) }, (_, i) => i + 1);
  const halves = [seeds.filter((_, i) => i % 2 === 0), seeds.filter((_, i) => i % 2 === 1)];
  const records: CaseStatisticsRecord[] = [];
  await Promise.all(
    halves
      .filter((half) => half.length > 0)
      .map(
        (half) =>
          new Promise<void>((resolve, reject) => {
            const worker = new Worker(boot, { eval: true, workerData: { seeds: half } });
            let left = half.length;
            worker.on('message', (batch: CaseStatisticsRecord[]) => {
              for (const r of batch) records.push(r);
              sample();
              if (--left === 0) void worker.terminate().then(() => resolve());
            });
            worker.on('error', reject);
          }),
      ),
  );
  return records;
}

const inputs: unknown[] = JSON.parse(
  JSON.stringify(generateCaseInputs({ seed: 20_260_101, count: 2_000, asOf })),
);

if (isMainThread) {
  const total = Number(process.env.CASE_VALIDATE_STATS_CASES ?? 1_000_000);
  const rounds = Number(process.env.CASE_VALIDATE_STATS_ROUNDS ?? 3);
  console.error(`case-validate: generating ${total} cases in batches of ${BATCH}, 2 workers…`);
  const started = performance.now();
  const records = await statisticsRecords(total);
  const generatedMs = performance.now() - started;
  sample();
  const times: number[] = [];
  let cells = 0;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    const table = caseStatistics(records, { asOf, by: 'municipality' })._unsafeUnwrap();
    times.push(performance.now() - start);
    sample();
    cells = table.groups.length;
  }
  const best = Math.min(...times);
  console.error(
    `  generated and projected ${total} cases into ${records.length} records in ${(generatedMs / 1000).toFixed(1)} s`,
  );
  console.error(
    `  caseStatistics by municipality over ${records.length} records (${cells} groups): ` +
      `best ${best.toFixed(0)} ms of ${rounds} (${((records.length / best) * 1000).toFixed(0)} records/s); ` +
      `all ${times.map((t) => t.toFixed(0)).join(', ')} ms`,
  );
  console.error(`  peak memory (main thread): rss ${mb(peak.rss)}, heapUsed ${mb(peak.heapUsed)}`);
}

export default defineBench({
  name: 'case-validate',
  description: 'parseCase vs its bare zod/mini schema, 2 000 synthetic cases in input form',
  baseline: {
    name: 'caseSchema.safeParse (schema only)',
    fn: () => inputs.map((input) => caseSchema.safeParse(input).success),
  },
  candidates: [
    { name: 'parseCase', fn: () => inputs.map((input) => parseCase(input, { asOf }).isOk()) },
  ],
  opsPerCall: inputs.length,
  unit: 'cases',
  targetRatio: 0.5,
  targetOpsPerSecond: 100_000,
  check: () =>
    inputs.flatMap((input, i) => {
      const ours = parseCase(input, { asOf });
      const schema = caseSchema.safeParse(input);
      return ours.isOk() && schema.success ? [] : [`#${i}: does not validate`];
    }),
});
