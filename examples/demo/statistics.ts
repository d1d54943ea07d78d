import {
  type Case,
  type CaseStatisticsTable,
  caseStatistics,
  type StatisticsCell,
  toStatisticsRecord,
} from '@stadig/case';
import { type DateOnly, getCounty } from '@stadig/core';

/** The indicators the demo shows per county, in the order shown. */
export const demoIndicators = [
  ['cases', 'cases'],
  ['shelter.days.median', 'median days in shelter'],
  ['permanent.days.median', 'median days to permanent'],
  ['closed.share-resolved', 'share resolved'],
  ['destination.other-municipality', 'moved to another municipality'],
] as const;

/**
 * The county boards' indicators (seed 003) over the demo's synthetic cases, one row per
 * county, with small counts, and whatever would reveal them, suppressed.
 *
 * @param cases - the cases
 * @param asOf - the day the statistics are computed for
 * @returns the table, or the reason it could not be made
 */
export function demoStatistics(cases: readonly Case[], asOf: DateOnly): CaseStatisticsTable {
  const records = cases.flatMap((c) => toStatisticsRecord(c) ?? []);
  return caseStatistics(records, { asOf, by: 'county', threshold: 5 })._unsafeUnwrap();
}

function show(cell: StatisticsCell | undefined): string {
  if (cell === undefined) return '';
  if (cell.suppressed !== null) return cell.suppressed.reason === 'small-count' ? 'n<5' : '(s)';
  if (cell.value === null) return '–';
  return cell.unit === 'share' ? `${Math.round(cell.value * 100)} %` : String(cell.value);
}

/**
 * The statistics as a text table: counts below the threshold print as `<5`, cells
 * suppressed so that they cannot be recovered by subtraction as `(s)`.
 *
 * @param table - from {@link demoStatistics}
 * @returns the text
 */
export function renderStatistics(table: CaseStatisticsTable): string {
  const rows = [
    ...table.groups.map(
      (g) => [`${g.group} ${getCounty(g.group as never).name}`, g.cells] as const,
    ),
    ['Sweden (all counties)', table.national] as const,
  ].map(([label, cells]) => [
    label,
    ...demoIndicators.map(([id]) => show(cells.find((c) => c.id === id))),
  ]);
  const header = ['county', ...demoIndicators.map(([, label]) => label)];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (r: readonly string[]) =>
    `  ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`;
  const suppressed = [...table.groups.flatMap((g) => g.cells), ...table.national].filter(
    (c) => c.suppressed !== null,
  );
  const small = suppressed.filter((c) => c.suppressed?.reason === 'small-count').length;
  return `${[
    line(header),
    ...rows.map(line),
    '',
    `  Suppressed: ${small} cells with fewer than ${table.threshold} cases (n<5) and ${suppressed.length - small} more that could`,
    '  otherwise be recovered by subtraction from the totals ((s)).',
  ].join('\n')}\n`;
}
