import type { CaseStatisticsTable, StatisticsCell } from '@stadig/case';
import type { Lang } from '@stadig/core';
import { type Dialect, namedDialects } from '../dialect/Dialect';
import { formatCell } from './formatCell';
import { formatCsv } from './formatCsv';

const HEADER = {
  sv: ['grupp', 'id', 'beskrivning', 'enhet', 'värde', 'undertryckt'],
  en: ['group', 'id', 'label', 'unit', 'value', 'suppressed'],
} as const satisfies Record<Lang, readonly string[]>;

/**
 * Writes case statistics (`caseStatistics` of `@stadig/case`) as CSV, one row per cell:
 * group (municipality or county code, or `national`), cell id, label, unit, value and,
 * for a suppressed cell, why (`small-count` or `complementary`) with its value left
 * empty: a suppressed cell stays suppressed. Excluded records are not written (they
 * are not for publication).
 *
 * @param table - the statistics table
 * @param options - dialect (default the Swedish Excel dialect) and language of headers and labels (default `sv`)
 * @returns the CSV text
 *
 * @example
 * ```ts
 * exportStatistics(caseStatistics([], { asOf, by: 'none' })._unsafeUnwrap(), { lang: 'en' }).split('\r\n')[0];
 * //=> '\uFEFFgroup;id;label;unit;value;suppressed'
 * ```
 */
export function exportStatistics(
  table: CaseStatisticsTable,
  options: { readonly dialect?: Dialect; readonly lang?: Lang } = {},
): string {
  const dialect = options.dialect ?? namedDialects['excel-sv'];
  const lang = options.lang ?? 'sv';
  const row = (group: string, cell: StatisticsCell) => [
    group,
    cell.id,
    cell.label[lang],
    cell.unit,
    cell.suppressed === null
      ? formatCell(cell.unit === 'cases' ? 'integer' : 'decimal', cell.value, dialect)
      : '',
    cell.suppressed?.reason ?? '',
  ];
  return formatCsv(
    [
      HEADER[lang],
      ...table.groups.flatMap((g) => g.cells.map((c) => row(g.group, c))),
      ...table.national.map((c) => row('national', c)),
    ],
    dialect,
  );
}
