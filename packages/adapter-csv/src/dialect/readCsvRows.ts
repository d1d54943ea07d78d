import { parse } from 'csv-parse';
import type { ByteSource } from './ByteSource';
import type { Dialect } from './Dialect';
import { decodeChunks } from './decodeChunks';
import { detectDialect } from './detectDialect';

/**
 * One record of a file as read: its row number as Excel shows it (the header is row 1;
 * a blank line takes a number but is not yielded; a field with line breaks is one row),
 * and its fields, or `null` when the parser could not read it (an unclosed or stray
 * quote, a record over the size limit).
 *
 * @example
 * ```ts
 * const row: CsvRow = { row: 2, fields: ['case-1', '2080'] };
 * ```
 */
export interface CsvRow {
  readonly row: number;
  readonly fields: readonly string[] | null;
}

/**
 * What {@link readCsvRows} yields: the dialect the file is read in, and the next rows.
 *
 * @example
 * ```ts
 * const chunk: CsvChunk = { dialect: namedDialects.rfc4180, rows: [] };
 * ```
 */
export interface CsvChunk {
  readonly dialect: Dialect;
  readonly rows: readonly CsvRow[];
}

const SAMPLE_BYTES = 65_536;
const SKIPPED = Object.freeze({ skipped: true });
/**
 * The longest record read, in characters; a longer one is rejected as malformed, so
 * that a file without line breaks cannot exhaust memory.
 *
 * @example
 * ```ts
 * MAX_RECORD_CHARS;
 * //=> 1000000
 * ```
 */
export const MAX_RECORD_CHARS = 1_000_000;

/**
 * Reads a delimited file as a stream of rows with csv-parse: detects the dialect from
 * the first 64 KiB (each part can be overridden), decodes the bytes, and yields the rows
 * of each chunk as they are parsed, so a file of any size is read in constant memory.
 * Quoted fields may hold separators, quotes (doubled) and newlines. A row the parser
 * cannot read is yielded with `fields: null` and parsing goes on with the next one; a
 * stray quote can make the parser read to the end of the file, which is then one row.
 * Rejects only when the source itself fails.
 *
 * @param source - the bytes
 * @param overrides - parts of the dialect that are known, such as `{ encoding: 'windows-1252' }`
 * @returns the rows, chunk by chunk, each with the dialect
 *
 * @example
 * ```ts
 * const rows: CsvRow[] = [];
 * for await (const chunk of readCsvRows(new TextEncoder().encode('a;b\n1;"x;y"\n'))) rows.push(...chunk.rows);
 * rows.map((r) => r.fields);
 * //=> [['a', 'b'], ['1', 'x;y']]
 * ```
 */
export async function* readCsvRows(
  source: ByteSource,
  overrides: Partial<Dialect> = {},
): AsyncGenerator<CsvChunk> {
  const chunks = source instanceof Uint8Array ? [source][Symbol.iterator]() : toIterator(source);
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < SAMPLE_BYTES) {
    const next = await chunks.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    size += next.value.length;
  }
  const sample = concat(head, size);
  const dialect = detectDialect(sample, done, overrides);
  let pending: CsvRow[] = [];
  let rowNumber = 0;
  let lastWasSkip = false;
  const parser = parse({
    delimiter: dialect.separator,
    relax_column_count: true,
    trim: true,
    bom: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_CHARS,
    on_skip: () => {
      parser.push(SKIPPED);
    },
  });
  // Records are read synchronously after each write: csv-parse pushes every record of a
  // chunk while it is written, so no per-record promise or info object is made.
  const drain = () => {
    for (let record = parser.read(); record !== null; record = parser.read()) {
      if (record === SKIPPED) {
        // A stretch the parser cannot read (often one stray quote to the end) is one row.
        if (!lastWasSkip) pending.push({ row: ++rowNumber, fields: null });
        lastWasSkip = true;
        continue;
      }
      lastWasSkip = false;
      rowNumber++;
      const fields = record as string[];
      // A blank line keeps its row number (as in Excel) but is no row of data.
      if (fields.length === 1 && fields[0] === '') continue;
      pending.push({ row: rowNumber, fields });
    }
  };
  const finished = new Promise<void>((resolve) => {
    parser.on('finish', resolve);
    parser.on('error', () => resolve());
    parser.on('close', () => resolve());
  });
  const rest: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]: () => ({
      next: async () => (done ? { done: true, value: undefined } : chunks.next()),
    }),
  };
  // csv-parse reads UTF-8 bytes itself (a character split between chunks stays whole,
  // an invalid sequence becomes U+FFFD); only Windows-1252 is decoded first.
  const input =
    dialect.encoding === 'windows-1252'
      ? decodeChunks(prepend(sample, rest), dialect.encoding)
      : prepend(sample, rest);
  for await (const chunk of input) {
    parser.write(chunk);
    drain();
    if (pending.length > 0) {
      yield { dialect, rows: pending };
      pending = [];
    }
  }
  parser.end();
  await finished;
  drain();
  if (pending.length > 0 || rowNumber === 0) yield { dialect, rows: pending };
}

type AnyIterator = Iterator<Uint8Array> | AsyncIterator<Uint8Array>;
function toIterator(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AnyIterator {
  return Symbol.asyncIterator in source
    ? source[Symbol.asyncIterator]()
    : (source as Iterable<Uint8Array>)[Symbol.iterator]();
}

async function* prepend(first: Uint8Array, rest: AsyncIterable<Uint8Array>) {
  if (first.length > 0) yield first;
  for await (const chunk of rest) if (chunk.length > 0) yield chunk;
}

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
