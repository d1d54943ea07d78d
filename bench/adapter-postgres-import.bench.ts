/**
 * Bulk import into @stadig/adapter-postgres: ADAPTER_POSTGRES_BENCH_CASES (default
 * 100 000; 2 000 with --quick) synthetic cases, each validated by `parseCase` and
 * split into its stored parts, written in transactions of 1 000 through the store's
 * `batch` (one `stadig.import_cases` call each), into an in-memory PGlite and, when
 * STADIG_TEST_POSTGRES_URL is set, into a fresh database on that server (otherwise a
 * note says it was skipped). The baseline, in the same run, is row-at-a-time
 * `store.create` (one transaction per case). Then a tenth as many cases more are
 * imported while 10 readers, acting for Stockholm only, ask for "the open cases of
 * municipality X" again and again without pause: their p50 and p99. Peak memory (rss,
 * heapUsed) of the process. PGlite runs in the process, one transaction at a time: its
 * readers wait for the import's transactions and the import for theirs.
 *
 * The harness part compares the write paths on PGlite, 200 cases per call: creates in
 * batches, and upserts of new cases in batches (what `caseStoreSink` writes).
 */

import { createPostgresCaseStorePort, migrateCaseStore } from '@stadig/adapter-postgres';
import { createCaseStore } from '@stadig/case';
import { municipalities } from '@stadig/core';
import { importInBatches, storeOptions, syntheticInputs } from './adapter-postgres-data';
import { formatRun, importRun, pgliteEngine, serverEngine } from './adapter-postgres-run';
import { defineBench } from './harness';

const quick = process.argv.includes('--quick');
const cases = Number(process.env.ADAPTER_POSTGRES_BENCH_CASES ?? (quick ? 2_000 : 100_000));
const options = { batchSize: 1_000, singles: quick ? 200 : 2_000, municipality: '0180' };

console.error(`adapter-postgres-import: ${cases} cases into PGlite (in memory)…`);
const lite = await pgliteEngine();
console.error(formatRun(await importRun('PGlite', lite, cases, options)));
await lite.close();

const server = await serverEngine(process.env.STADIG_TEST_POSTGRES_URL);
if ('note' in server) {
  console.error(`  PostgreSQL server: ${server.note}`);
} else {
  console.error(`adapter-postgres-import: ${cases} cases into a PostgreSQL server…`);
  try {
    console.error(formatRun(await importRun('PostgreSQL server', server.engine, cases, options)));
  } finally {
    await server.drop();
  }
}

// The harness part: the write paths, 200 cases per call, on a fresh PGlite.
const engine = await pgliteEngine();
(await migrateCaseStore(engine))._unsafeUnwrap();
const store = createCaseStore(
  createPostgresCaseStorePort(engine, {
    municipalities: municipalities.map((m) => m.code),
    role: 'stadig_app',
  }),
  storeOptions,
);
const PER_CALL = 200;
const pool = [...syntheticInputs(10_000, 'pool')];
let next = 0;
let serial = 0;
/** The next 200 inputs, each with an id not used before. */
const take = () =>
  Array.from({ length: PER_CALL }, () => ({ ...pool[next++ % pool.length], id: `h-${serial++}` }));

export default defineBench({
  name: 'adapter-postgres-import',
  description:
    'writing validated cases into PGlite: one transaction per case vs transactional batches',
  baseline: {
    name: 'store.create, one case per transaction',
    fn: async () => {
      for (const input of take()) (await store.create(input))._unsafeUnwrap();
    },
  },
  candidates: [
    {
      name: 'store.batch of 200 creates (stadig.import_cases)',
      fn: () => importInBatches(store, take(), PER_CALL),
    },
    {
      // What caseStoreSink writes for new cases: upserts by external id, in bulk too.
      name: 'store.batch of 200 upserts of new cases',
      fn: async () => {
        const ops = take().map((input) => ({
          kind: 'upsert' as const,
          externalId: String(input.id),
          input,
        }));
        (await store.batch(ops))._unsafeUnwrap();
      },
    },
  ],
  opsPerCall: PER_CALL,
  unit: 'cases',
  rounds: 5,
  warmupMs: 0,
  targetRatio: 1.5,
});
