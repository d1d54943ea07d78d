import Papa from 'papaparse';
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
 * Reads a delimited file as a stream of rows with Papa Parse: detects the dialect from
 * the first 64 KiB (each part can be overridden) and the line ending from the first line
 * break outside quotes, decodes the bytes, and yields the rows of each chunk as they are
 * parsed, so a file of any size is read in constant memory. Quoted fields may hold
 * separators, quotes (doubled) and line breaks. Space around an unquoted cell is
 * trimmed; a quoted cell keeps its spaces (as the export writes them). A row the
 * parser cannot read (a closing quote followed by more text, a quote that is never
 * closed, a record over {@link MAX_RECORD_CHARS}) is yielded with `fields: null` and
 * reading goes on with the next one; a quote that is never closed makes the rest of the
 * file one row. Rejects only when the source itself fails.
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
  const rest: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]: () => ({
      next: async () => (done ? { done: true, value: undefined } : chunks.next()),
    }),
  };
  const reader = new RowReader(dialect.separator);
  for await (const text of decodeChunks(prepend(sample, rest), dialect.encoding)) {
    const rows = reader.read(text, false);
    if (rows.length > 0) yield { dialect, rows };
  }
  const last = reader.read('', true);
  if (last.length > 0 || reader.rowNumber === 0) yield { dialect, rows: last };
}

/**
 * Papa Parse over a text that comes in pieces: each call parses what is complete and
 * keeps the last, unfinished record for the next piece.
 */
class RowReader {
  rowNumber = 0;
  private parser: Papa.Parser | null = null;
  private newline: '' | '\r\n' | '\n' | '\r' = '';
  private carry = '';
  /** After a record over the size limit: drop text up to the next line break. */
  private skipping = false;

  constructor(private readonly separator: string) {}

  read(piece: string, end: boolean): CsvRow[] {
    let text = this.carry === '' ? piece : this.carry + piece;
    this.carry = '';
    const rows: CsvRow[] = [];
    if (this.skipping) {
      const after = afterLineBreak(text, 0);
      if (after === -1) return rows;
      text = text.slice(after);
      this.skipping = false;
    }
    if (text === '') return rows;
    // The line ending is the first one outside quotes (Papa Parse takes one per file).
    this.newline ||= lineEnding(text);
    this.parser ??= new Papa.Parser({
      delimiter: this.separator,
      newline: this.newline,
      quoteChar: '"',
      escapeChar: '"',
    });
    const result = this.parser.parse(text, 0, !end) as PapaResult;
    const { data, errors } = result;
    const bad = errors.length === 0 ? null : new Set(errors.map((e) => e.row));
    const walk = new QuoteWalk(text, this.separator, this.newline);
    for (let i = 0; i < data.length; i++) {
      this.rowNumber++;
      const fields = data[i] as string[];
      if (bad?.has(i) === true) {
        walk.lost();
        rows.push({ row: this.rowNumber, fields: null });
        continue;
      }
      if (padded(fields)) trimUnquoted(fields, walk.quoted(i, data));
      // A blank line keeps its row number (as in Excel) but is no row of data.
      if (fields.length === 1 && fields[0] === '') continue;
      rows.push({ row: this.rowNumber, fields });
    }
    if (!end) {
      const carry = text.slice(result.meta.cursor);
      if (carry.length > MAX_RECORD_CHARS) {
        // The record is cut at the limit; reading resumes after the next line break.
        rows.push({ row: ++this.rowNumber, fields: null });
        const after = afterLineBreak(carry, MAX_RECORD_CHARS);
        if (after === -1) this.skipping = true;
        else {
          this.carry = carry.slice(after);
          for (const row of this.read('', false)) rows.push(row);
        }
      } else this.carry = carry;
    }
    return rows;
  }
}

interface PapaResult {
  readonly data: unknown[];
  readonly errors: readonly { readonly row?: number }[];
  readonly meta: { readonly cursor: number };
}

/** A character `String.prototype.trim` removes, for the common ones (the rest are checked by `trim`). */
const isSpace = (c: number) => c <= 32 || c === 160 || c > 0x167f;

/** Whether a cell of the row may have space around it (cheap: first and last characters). */
function padded(fields: readonly string[]): boolean {
  for (let k = 0; k < fields.length; k++) {
    const f = fields[k] as string;
    if (f.length > 0 && (isSpace(f.charCodeAt(0)) || isSpace(f.charCodeAt(f.length - 1))))
      return true;
  }
  return false;
}

/**
 * Trims the cells of a row that were not quoted; a quoted cell keeps its spaces, as
 * the export writes them. When it is not known which were quoted (`null`), all are trimmed.
 */
function trimUnquoted(fields: string[], quoted: readonly boolean[] | null): void {
  for (let k = 0; k < fields.length; k++) {
    if (quoted?.[k] !== true) fields[k] = (fields[k] as string).trim();
  }
}

/**
 * Which cells of a row were quoted, found by walking the parsed text alongside the
 * rows (Papa Parse does not say). Only rows with space around a cell ask, so a file
 * without such cells is never walked. Once the walk loses its place (after a row the
 * parser could not read, or text it does not expect), it answers `null`.
 */
class QuoteWalk {
  private at = 0;
  private next = 0;
  private lostPlace = false;

  constructor(
    private readonly text: string,
    private readonly separator: string,
    private readonly newline: string,
  ) {}

  lost(): void {
    this.lostPlace = true;
  }

  quoted(row: number, data: readonly unknown[]): boolean[] | null {
    while (!this.lostPlace && this.next < row) this.step(data[this.next++] as string[]);
    if (this.lostPlace || this.next !== row) return null;
    this.next++;
    return this.step(data[row] as string[]);
  }

  /** Walks over one row from `at`; the quoted flags of its cells, or `null` when lost. */
  private step(fields: readonly string[]): boolean[] | null {
    const { text } = this;
    const flags: boolean[] = [];
    for (let k = 0; k < fields.length; k++) {
      const value = fields[k] as string;
      const quoted = text.charCodeAt(this.at) === 34;
      flags.push(quoted);
      if (quoted) {
        let quotes = 0;
        for (let q = value.indexOf('"'); q !== -1; q = value.indexOf('"', q + 1)) quotes++;
        this.at += value.length + quotes + 2;
        // Space between a closing quote and the separator or line break is skipped.
        while (this.at < text.length && !this.atBoundary() && text[this.at]?.trim() === '')
          this.at++;
      } else this.at += value.length;
      const last = k === fields.length - 1;
      const boundary = last ? this.newline : this.separator;
      if (text.startsWith(boundary, this.at)) this.at += boundary.length;
      else if (!(last && this.at >= text.length)) {
        this.lostPlace = true;
        return null;
      }
    }
    return flags;
  }

  private atBoundary(): boolean {
    return (
      this.text.startsWith(this.separator, this.at) || this.text.startsWith(this.newline, this.at)
    );
  }
}

/** Where the text goes on after the first line break at or after `from`; -1 when there is none. */
function afterLineBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
  }
  return -1;
}

/** The first line break outside quotes: `\r\n`, `\n` or `\r` (`\n` when there is none). */
function lineEnding(text: string): '\r\n' | '\n' | '\r' {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && c === 10) return '\n';
    else if (!quoted && c === 13) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
  }
  return '\n';
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
