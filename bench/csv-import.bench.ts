/**
 * CSV import throughput: 1 000 000 case rows (CSV_IMPORT_ROWS) in the Swedish Excel
 * dialect, streamed from a file on disk that the benchmark writes to the system's
 * temporary directory (`csv-rows.ts`; 20 columns, ~200 bytes a row, every row valid).
 *
 * Each job runs in a process of its own (`csv-import-process.ts`, bundled with esbuild
 * and run with plain `node`, as `stadig import` or an integrator's program runs), so
 * that its peak memory is its own and not the TypeScript loader's. The process reports
 * the time of its job, without its start, and its peak resident memory (`maxRSS`).
 *
 * The baseline is the bare parser the importer reads with, Papa Parse, given the same
 * separator and line ending and the same stream of decoded text (the unfinished last
 * record of each chunk carried to the next). The candidate is `importCsv` with
 * everything an import does: dialect detection, column plan, each cell read by its
 * type, the row turned into a case and validated with `parseCase`, every row accounted
 * for, duplicate ids looked for, and valid cases handed to a sink in batches of 500.
 * Targets: ≥ 100 000 rows/s and at least half the throughput of the bare parser; peak
 * memory of the import process under 200 MB, since neither holds the file in memory.
 *
 * In one process, under the TypeScript loader (tsx), about one run in four took a mode
 * of the garbage collector that made the import 40 % slower in 25 % more memory; in a
 * plain `node` process it never did (docs/en/benchmarks.md).
 *
 * Rounds: CSV_IMPORT_ROUNDS (default 3); each round reads the whole file once per case.
 */
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { csvBenchFile } from './csv-rows';
import { defineBench } from './harness';

const ROWS = Number(process.env.CSV_IMPORT_ROWS ?? 1_000_000);
const MEMORY_TARGET = 200 * 2 ** 20;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const run = promisify(execFile);

console.error(`csv-import: writing ${ROWS} rows to the temporary directory (once)…`);
const file = await csvBenchFile(ROWS);
console.error(`  ${file.path}: ${mb(file.bytes)}`);

const script = join(tmpdir(), 'stadig-csv-import-process.mjs');
await build({
  entryPoints: [join(dirname(fileURLToPath(import.meta.url)), 'csv-import-process.ts')],
  outfile: script,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['@stadig/source'],
  // Papa Parse and iconv-lite are CommonJS and require node's modules.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  logLevel: 'error',
});
console.error(`  each job runs in its own process: node ${script} <bare|import> <file>`);

const peak = { bare: 0, import: 0 };

/** Runs one job in its own process; the milliseconds of the job. */
async function job(mode: 'bare' | 'import'): Promise<number> {
  const { stdout } = await run(process.execPath, [script, mode, file.path]);
  const report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as {
    read: number;
    imported: number;
    ms: number;
    peakRssBytes: number;
  };
  if (report.read !== ROWS || (mode === 'import' && report.imported !== ROWS)) {
    throw new Error(`${mode}: read ${report.read}, imported ${report.imported} of ${ROWS} rows`);
  }
  peak[mode] = Math.max(peak[mode], report.peakRssBytes);
  if (mode === 'import') {
    const verdict = peak.import < MEMORY_TARGET ? 'met' : 'NOT met';
    console.error(
      `  importCsv: read ${report.read}, imported ${report.imported} in ${(report.ms / 1000).toFixed(2)} s; ` +
        `peak rss of the import process ${mb(report.peakRssBytes)} (highest so far ${mb(peak.import)}; ` +
        `target < ${mb(MEMORY_TARGET)}: ${verdict}), of the bare parser's ${mb(peak.bare)}`,
    );
  }
  return report.ms;
}

export default defineBench({
  name: 'csv-import',
  description: `importCsv (cases, validated) vs bare Papa Parse, ${ROWS} rows streamed from disk, each in its own process`,
  baseline: { name: 'Papa Parse (bare, same options)', selfTimed: true, fn: () => job('bare') },
  candidates: [
    { name: 'importCsv cases + parseCase + sink', selfTimed: true, fn: () => job('import') },
  ],
  opsPerCall: ROWS,
  unit: 'rows',
  rounds: Number(process.env.CSV_IMPORT_ROUNDS ?? 3),
  roundMs: 1,
  warmupMs: 0,
  targetRatio: 0.5,
  targetOpsPerSecond: 100_000,
  check: () => (ROWS > 0 ? [] : ['CSV_IMPORT_ROWS must be positive']),
});
