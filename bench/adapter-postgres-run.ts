/**
 * The adapter-postgres import run: N synthetic cases imported into a fresh store in
 * transactional batches (validated by `parseCase`, written by `stadig.import_cases`),
 * against row-at-a-time creates measured in the same run, while 10 readers ask for
 * "the open cases of municipality X"; their latencies, and peak memory.
 */
import { createRequire } from 'node:module';
import {
  connectPostgres,
  createPostgresCaseStorePort,
  migrateCaseStore,
  openPglite,
  type SqlEngine,
} from '@stadig/adapter-postgres';
import { type CaseState, createCaseStore } from '@stadig/case';
import { municipalities } from '@stadig/core';
import {
  importInBatches,
  memoryPeak,
  percentile,
  storeOptions,
  syntheticInputs,
} from './adapter-postgres-data';

const openStates: CaseState[] = [
  'open',
  'in-sheltered-housing',
  'planning',
  'offer-pending',
  'moved-in',
  'follow-up',
];
const all = municipalities.map((m) => m.code);

/** What one run measured. */
export interface ImportRun {
  readonly engine: string;
  readonly cases: number;
  readonly batchRowsPerSecond: number;
  readonly singleRowsPerSecond: number;
  readonly underReadRowsPerSecond: number;
  readonly readerP50Ms: number;
  readonly readerP99Ms: number;
  readonly readerQueries: number;
  readonly idleP50Ms: number;
  readonly idleP99Ms: number;
  readonly peak: string;
}

/**
 * Imports `cases` cases into `engine` (migrated here) in batches; then row at a time
 * (the baseline); then another import, of a tenth as many, while 10 readers acting for
 * one municipality ask for its open cases.
 */
export async function importRun(
  name: string,
  engine: SqlEngine,
  cases: number,
  options: { readonly batchSize: number; readonly singles: number; readonly municipality: string },
): Promise<ImportRun> {
  const memory = memoryPeak();
  (await migrateCaseStore(engine))._unsafeUnwrap();
  const store = createCaseStore(
    createPostgresCaseStorePort(engine, { municipalities: all, role: 'stadig_app' }),
    storeOptions,
  );
  const readers = createCaseStore(
    createPostgresCaseStorePort(engine, {
      municipalities: [options.municipality],
      role: 'stadig_app',
    }),
    storeOptions,
  );
  /** Imports in chunks of 10 000 generated outside the clock: only validation and writing are timed. */
  const importTimed = async (count: number, prefix: string) => {
    let ms = 0;
    const chunk: Record<string, unknown>[] = [];
    const flush = async () => {
      const start = performance.now();
      await importInBatches(store, chunk, options.batchSize);
      ms += performance.now() - start;
      chunk.length = 0;
      memory.sample();
    };
    for (const input of syntheticInputs(count, prefix)) {
      chunk.push(input);
      if (chunk.length === 10_000) await flush();
    }
    await flush();
    return (count / ms) * 1000;
  };
  const batchRowsPerSecond = await importTimed(cases, 'bulk');

  const singles = [...syntheticInputs(options.singles, 'single')];
  const start = performance.now();
  for (const input of singles) (await store.create(input))._unsafeUnwrap();
  const singleRowsPerSecond = (singles.length / (performance.now() - start)) * 1000;
  memory.sample();

  let done = false;
  const latencies: number[] = [];
  const reader = async (until: () => boolean = () => done) => {
    while (!until()) {
      const began = performance.now();
      (
        await readers.query({ municipality: options.municipality, states: openStates, limit: 100 })
      )._unsafeUnwrap();
      latencies.push(performance.now() - began);
    }
  };
  const moreCases = Math.max(1_000, Math.round(cases / 10));
  const importer = async () => {
    const rate = await importTimed(moreCases, 'during');
    done = true;
    return rate;
  };
  const [underReadRowsPerSecond] = await Promise.all([
    importer(),
    ...Array.from({ length: 10 }, () => reader()),
  ]);
  memory.sample();
  const during = latencies.splice(0);
  // The same readers with no import running, 20 queries each.
  await Promise.all(
    Array.from({ length: 10 }, () => {
      let left = 20;
      return reader(() => left-- <= 0);
    }),
  );
  return {
    engine: name,
    cases,
    batchRowsPerSecond,
    singleRowsPerSecond,
    underReadRowsPerSecond: underReadRowsPerSecond ?? Number.NaN,
    readerP50Ms: percentile(during, 50),
    readerP99Ms: percentile(during, 99),
    readerQueries: during.length,
    idleP50Ms: percentile(latencies, 50),
    idleP99Ms: percentile(latencies, 99),
    peak: memory.format(),
  };
}

/** A fresh database on the server of `url` (dropped by `drop`), or a note why not. */
export async function serverEngine(url: string | undefined) {
  if (url === undefined)
    return { note: 'no STADIG_TEST_POSTGRES_URL: the server part is skipped' } as const;
  // pg through the adapter's own dependency: `create database` cannot run in a transaction.
  const pg = createRequire(import.meta.resolve('@stadig/adapter-postgres'))('pg') as {
    Pool: new (options: {
      connectionString: string;
      max: number;
    }) => {
      query: (sql: string) => Promise<unknown>;
      end: () => Promise<void>;
    };
  };
  const name = `stadig_bench_${process.pid}`;
  const admin = new pg.Pool({ connectionString: url, max: 1 });
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  const at = new URL(url);
  at.pathname = `/${name}`;
  const engine = (
    await connectPostgres({ connectionString: at.toString(), max: 12 })
  )._unsafeUnwrap();
  return {
    engine,
    drop: async () => {
      await engine.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  } as const;
}

/** An in-memory PGlite. */
export async function pgliteEngine(): Promise<SqlEngine> {
  return (await openPglite())._unsafeUnwrap();
}

/** One line per run, for the console. */
export function formatRun(r: ImportRun): string {
  return [
    `  ${r.engine}: ${r.cases} cases in transactions of 1 000: ${r.batchRowsPerSecond.toFixed(0)} rows/s;`,
    `row at a time (baseline): ${r.singleRowsPerSecond.toFixed(0)} rows/s (batches ×${(r.batchRowsPerSecond / r.singleRowsPerSecond).toFixed(1)});`,
    `"open cases for municipality X" (10 readers, during an import of ${Math.max(1_000, Math.round(r.cases / 10))} more at ${r.underReadRowsPerSecond.toFixed(0)} rows/s):`,
    `p50 ${r.readerP50Ms.toFixed(1)} ms, p99 ${r.readerP99Ms.toFixed(1)} ms (${r.readerQueries} queries);`,
    `with no import running: p50 ${r.idleP50Ms.toFixed(1)} ms, p99 ${r.idleP99Ms.toFixed(1)} ms;`,
    `peak memory ${r.peak}`,
  ].join(' ');
}
