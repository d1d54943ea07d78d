import type { Dialect } from '../dialect/Dialect';

/**
 * Writes rows as delimited text in a dialect: a field is quoted when it holds the
 * separator, a quote (doubled), a line break, or space at either end; lines end with
 * CRLF (RFC 4180, and what Excel writes); a UTF-8 BOM leads when the dialect says so.
 * Encode the text with {@link encodeCsv}.
 *
 * @param rows - the header and the rows
 * @param dialect - the dialect
 * @returns the text
 *
 * @example
 * ```ts
 * formatCsv([['a', 'b'], ['1;2', 'x"y']], namedDialects['excel-sv']);
 * //=> '\uFEFFa;b\r\n"1;2";"x""y"\r\n'
 * ```
 */
export function formatCsv(rows: readonly (readonly string[])[], dialect: Dialect): string {
  const sep = dialect.separator;
  const quote = (field: string) =>
    field.includes(sep) || /["\r\n]/.test(field) || /^\s|\s$/.test(field)
      ? `"${field.replace(/"/g, '""')}"`
      : field;
  const body = rows.map((row) => `${row.map(quote).join(sep)}\r\n`).join('');
  return dialect.encoding === 'utf-8-bom' ? `\uFEFF${body}` : body;
}
