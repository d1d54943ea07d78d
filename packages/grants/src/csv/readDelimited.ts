/**
 * One record of a delimited text: the line it starts on (1-based, the header is
 * usually line 1) and its fields.
 *
 * @internal
 * @example
 * ```ts
 * const record: DelimitedRecord = { line: 2, fields: ['Bollnäs kommun', '94500', '0', '0'] };
 * ```
 */
export interface DelimitedRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/**
 * A delimited text split into its header and records.
 *
 * @internal
 * @example
 * ```ts
 * const text: DelimitedText = { separator: ';', header: { line: 1, fields: ['a'] }, records: [] };
 * ```
 */
export interface DelimitedText {
  /** `;` when the header line has one outside quotes, else `,`. */
  readonly separator: ';' | ',';
  readonly header: DelimitedRecord;
  /** The records after the header; blank lines are skipped. */
  readonly records: readonly DelimitedRecord[];
}

/**
 * Splits CSV text (RFC 4180: fields in double quotes may hold separators, line breaks
 * and doubled quotes) into a header and records. The separator is `;` when the first
 * non-blank line has a `;` outside quotes, otherwise `,`. A byte order mark is
 * dropped, unquoted fields are trimmed, blank lines are skipped. `null` for a text
 * with no line. Never throws.
 *
 * @internal
 * @param text - the text
 * @returns the header and records, or `null`
 *
 * @example
 * ```ts
 * readDelimited('a;b\n"x;y";2\n')?.records[0]?.fields;
 * //=> ['x;y', '2']
 * ```
 */
export function readDelimited(text: string): DelimitedText | null {
  if (typeof text !== 'string') return null;
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const firstLine = source.split(/\r\n|\n|\r/).find((line) => line.trim() !== '') ?? '';
  const separator = firstLine.replace(/"[^"]*"?/g, '').includes(';') ? ';' : ',';
  const [header, ...records] = splitRecords(source, separator);
  return header === undefined ? null : { separator, header, records };
}

function splitRecords(text: string, separator: string): DelimitedRecord[] {
  const records: DelimitedRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let inQuotes = false;
  let line = 1;
  let start = 1;
  const endField = () => {
    fields.push(quoted ? field : field.trim());
    field = '';
    quoted = false;
  };
  const endRecord = () => {
    endField();
    if (fields.length > 1 || (fields[0] ?? '') !== '' || quotedRecord)
      records.push({ line: start, fields });
    fields = [];
    quotedRecord = false;
  };
  let quotedRecord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') inQuotes = false;
      else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
    } else if (c === '"' && field.trim() === '') {
      inQuotes = true;
      quoted = true;
      quotedRecord = true;
      field = '';
    } else if (c === separator) endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += c;
  }
  endRecord();
  return records;
}
