/**
 * CSV import throughput: 1 000 000 case rows (CSV_IMPORT_ROWS) in the Swedish Excel
 * dialect, streamed from a file on disk that the benchmark writes to the system's
 * temporary directory (`csv-rows.ts`; 20 columns, ~200 bytes a row, every row valid).
 * The baseline is the bare parser the importer reads with, Papa Parse, given the same
 * separator and line ending and the same stream of decoded text (the unfinished last
 * record of each chunk carried to the next), counting records from the same file in
 * the same run. The candidate is `importCsv` with
 * everything an import does: dialect detection, column plan, each cell read by its
 * type, the row turned into a case and validated with `parseCase`, every row accounted
 * for, and valid cases handed to a sink in batches of 500. Targets: ≥ 100 000 rows/s
 * and at least half the throughput of the bare parser; peak memory (rss, sampled every
 * 20 ms) under 200 MB, since neither holds the file in memory. The rss includes what the
 * process held before timing (tsx and its loader thread, the file written); the growth
 * over that is printed too.
 *
 * Rounds: CSV_IMPORT_ROUNDS (default 3); each round reads the whole file once per case.
 */
import { createReadStream } from 'node:fs';
import { importCsv } from '@stadig/adapter-csv';
import type { DateOnly } from '@stadig/core';
import Papa from 'papaparse';
import { csvBenchFile } from './csv-rows';
import { defineBench } from './harness';

const ROWS = Number(process.env.CSV_IMPORT_ROWS ?? 1_000_000);
const asOf = '2026-01-01' as DateOnly;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

console.error(`csv-import: writing ${ROWS} rows to the temporary directory (once)…`);
const file = await csvBenchFile(ROWS);
console.error(`  ${file.path}: ${mb(file.bytes)}`);

const start = process.memoryUsage();
console.error(`  before timing: rss ${mb(start.rss)}, heapUsed ${mb(start.heapUsed)}`);
const peak = { bare: 0, import: 0, heap: 0 };
let current: 'bare' | 'import' = 'bare';
const sampler = setInterval(() => {
  const { rss, heapUsed } = process.memoryUsage();
  peak[current] = Math.max(peak[current], rss);
  if (current === 'import') peak.heap = Math.max(peak.heap, heapUsed);
}, 20);
sampler.unref();

async function bare(): Promise<number> {
  current = 'bare';
  let records = 0;
  let carry = '';
  const decoder = new TextDecoder('utf-8');
  const parser = new Papa.Parser({
    delimiter: ';',
    newline: '\r\n',
    quoteChar: '"',
    escapeChar: '"',
  });
  for await (const chunk of createReadStream(file.path)) {
    const text = carry + decoder.decode(chunk as Uint8Array, { stream: true });
    const result = parser.parse(text, 0, true) as { data: unknown[]; meta: { cursor: number } };
    records += result.data.length;
    carry = text.slice(result.meta.cursor);
  }
  if (carry !== '') records += (parser.parse(carry, 0, false) as { data: unknown[] }).data.length;
  return records - 1;
}

async function imported(): Promise<number> {
  current = 'import';
  let stored = 0;
  const summary = await importCsv(createReadStream(file.path), {
    kind: 'cases',
    asOf,
    sink: {
      write: async (batch) => {
        stored += batch.length;
      },
    },
  });
  if (summary.read !== summary.imported + summary.rejected) throw new Error('rows lost');
  console.error(
    `  importCsv: read ${summary.read}, imported ${summary.imported}, stored ${stored}; ` +
      `peak so far: rss ${mb(peak.import)} while importing, ${mb(peak.import - start.rss)} over the ` +
      `process before timing (${mb(peak.bare)} while parsing bare), ` +
      `heapUsed ${mb(peak.heap)} while importing`,
  );
  return summary.imported;
}

export default defineBench({
  name: 'csv-import',
  description: `importCsv (cases, validated) vs bare Papa Parse, ${ROWS} rows streamed from disk`,
  baseline: { name: 'Papa Parse (bare, same options)', fn: bare },
  candidates: [{ name: 'importCsv cases + parseCase + sink', fn: imported }],
  opsPerCall: ROWS,
  unit: 'rows',
  rounds: Number(process.env.CSV_IMPORT_ROUNDS ?? 3),
  roundMs: 1,
  warmupMs: 0,
  targetRatio: 0.5,
  targetOpsPerSecond: 100_000,
  check: () => (ROWS > 0 ? [] : ['CSV_IMPORT_ROWS must be positive']),
});
