/**
 * One job of the CSV import benchmark, in a process of its own: `bare <file>` parses the
 * file with Papa Parse alone, `import <file>` imports it with `importCsv` (cases,
 * validated, handed to a sink in batches). `csv-import.bench.ts` bundles this file and
 * runs it with plain `node`, so the process holds only the job (no TypeScript loader),
 * as `stadig import` or an integrator's own program would.
 *
 * Prints one line of JSON: the records read, the milliseconds the job took (not
 * counting the start of the process), and the process's peak resident memory.
 */
import { createReadStream } from 'node:fs';
import { importCsv } from '@stadig/adapter-csv';
import type { DateOnly } from '@stadig/core';
import Papa from 'papaparse';

const [mode, file] = process.argv.slice(2);
if ((mode !== 'bare' && mode !== 'import') || file === undefined) {
  console.error('usage: csv-import-process <bare|import> <file>');
  process.exit(2);
}

/**
 * Papa Parse alone, with the importer's options and its stream of decoded text (the
 * unfinished last record of each chunk carried to the next); the records, header excluded.
 */
async function bare(path: string): Promise<{ read: number; imported: number }> {
  let records = 0;
  let carry = '';
  const decoder = new TextDecoder('utf-8');
  const parser = new Papa.Parser({
    delimiter: ';',
    newline: '\r\n',
    quoteChar: '"',
    escapeChar: '"',
  });
  for await (const chunk of createReadStream(path)) {
    const text = carry + decoder.decode(chunk as Uint8Array, { stream: true });
    const result = parser.parse(text, 0, true) as { data: unknown[]; meta: { cursor: number } };
    records += result.data.length;
    carry = text.slice(result.meta.cursor);
  }
  if (carry !== '') records += (parser.parse(carry, 0, false) as { data: unknown[] }).data.length;
  return { read: records - 1, imported: 0 };
}

/** Everything an import does, into a sink that counts what it is given. */
async function imported(path: string): Promise<{ read: number; imported: number }> {
  let stored = 0;
  const summary = await importCsv(createReadStream(path), {
    kind: 'cases',
    asOf: '2026-01-01' as DateOnly,
    sink: {
      write: async (batch) => {
        stored += batch.length;
      },
    },
  });
  if (summary.read !== summary.imported + summary.rejected || stored !== summary.imported) {
    throw new Error(`rows lost: ${JSON.stringify({ ...summary, stored })}`);
  }
  return { read: summary.read, imported: summary.imported };
}

const start = performance.now();
const counts = mode === 'bare' ? await bare(file) : await imported(file);
const ms = performance.now() - start;
// maxRSS is in kibibytes: the peak of the whole process, its start included.
const peakRssBytes = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ ...counts, ms, peakRssBytes }));
