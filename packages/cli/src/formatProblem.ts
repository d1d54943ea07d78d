import { formatError, type Lang, type StadigError } from '@stadig/core';

/**
 * One problem as a line: `row 4, column oanvanda_medel_kr: …` for a problem in a
 * table row (path `['rows', row, column]`), otherwise as `formatError` writes it.
 *
 * @param error - the problem
 * @param lang - the language
 * @returns the line, without a line break
 *
 * @example
 * ```ts
 * formatProblem({ code: 'x', path: ['rows', 4, 'kommun'], message: { sv: 'Fel.', en: 'Wrong.' }, params: {} }, 'en');
 * //=> 'row 4, column kommun: Wrong. [x]'
 * ```
 */
export function formatProblem(error: StadigError, lang: Lang): string {
  const [top, row, column] = error.path;
  if (top !== 'rows' || typeof row !== 'number') return formatError(error, lang);
  const where = lang === 'sv' ? `rad ${row}` : `row ${row}`;
  const col =
    column === undefined ? '' : lang === 'sv' ? `, kolumn ${column}` : `, column ${column}`;
  return `${where}${col}: ${error.message[lang]} [${error.code}]`;
}
