import {
  createErrorFactory,
  err,
  type Money,
  type NonEmptyReadonlyArray,
  ok,
  parseMoney,
  type Result,
  resolveMunicipality,
  type StadigError,
} from '@stadig/core';
import { readDelimited } from '../csv/readDelimited';
import type { GrantTable, GrantTableRow, RejectedRow } from './GrantTable';
import { tableMessages } from './messages';

const tableError = createErrorFactory(tableMessages);

/** The published header names (`data/statsbidrag-2023-bilaga1.csv`) and the appendix's printed ones. */
const columns = {
  mottagare: ['mottagare'],
  beviljade_medel_kr: ['beviljade_medel_kr', 'beviljade_medel'],
  oanvanda_medel_kr: ['oanvanda_medel_kr', 'oanvanda_medel'],
  andel_oforbrukade_procent: [
    'andel_oforbrukade_procent',
    'andel_oforbrukade_medel',
    'andel_oforbrukade_medel_procent',
  ],
} as const;
type Column = keyof typeof columns;
const normalize = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/**
 * Reads a grant table, such as Bilaga 1 of seed 004, from text (no I/O): `;` or `,`
 * separated (the header line decides), UTF-8 text with or without a byte order mark,
 * quoted fields as in RFC 4180. The header names are the published ones
 * (`mottagare;beviljade_medel_kr;oanvanda_medel_kr;andel_oforbrukade_procent`, the
 * last optional) or the appendix's printed ones ("Beviljade medel (kr)", …), in any
 * order and case. Amounts are whole kronor (`94500`, `1 612 600`, `94 500 kr`); the
 * share is a whole percent. Every data row is either parsed or rejected with its row
 * number and column; a "Summa" row is kept as the published totals. Never throws.
 *
 * @param text - the table's text
 * @returns the table, or the header's problems (empty text, missing columns)
 *
 * @example
 * ```ts
 * const table = parseGrantTable('mottagare;beviljade_medel_kr;oanvanda_medel_kr;andel_oforbrukade_procent\nFalu kommun*;700000;184363;26\n')._unsafeUnwrap();
 * table.rows[0].municipalityCode;
 * //=> '2080'
 * ```
 */
export function parseGrantTable(
  text: string,
): Result<GrantTable, NonEmptyReadonlyArray<StadigError>> {
  const parsed = readDelimited(text);
  if (parsed === null) return err([tableError('grants.table.empty', {}, [])]);
  const names = parsed.header.fields.map(normalize);
  const index = Object.fromEntries(
    (Object.keys(columns) as Column[]).map((c) => [
      c,
      names.findIndex((n) => (columns[c] as readonly string[]).includes(n)),
    ]),
  ) as Record<Column, number>;
  const missing = (['mottagare', 'beviljade_medel_kr', 'oanvanda_medel_kr'] as const)
    .filter((c) => index[c] < 0)
    .map((column) => tableError('grants.table.missing-column', { column }, ['header', column]));
  const [first, ...rest] = missing;
  if (first !== undefined) return err([first, ...rest]);
  const rows: GrantTableRow[] = [];
  const rejected: RejectedRow[] = [];
  let totals: GrantTable['publishedTotals'] = null;
  for (const { line, fields } of parsed.records) {
    const problems: StadigError[] = [];
    const at = (column: string) => ['rows', line, column];
    const cell = (c: Column) => (index[c] >= 0 ? fields[index[c]] : undefined);
    if (fields.length > names.length) {
      problems.push(
        tableError('grants.table.too-many-fields', { count: fields.length }, ['rows', line]),
      );
    }
    const recipient = cell('mottagare') ?? '';
    if (recipient.trim() === '')
      problems.push(tableError('grants.table.missing-value', {}, at('mottagare')));
    const amount = (c: Column): Money | undefined => {
      const value = cell(c);
      if (value === undefined || value.trim() === '') {
        problems.push(tableError('grants.table.missing-value', {}, at(c)));
        return undefined;
      }
      const money = parseMoney(value, at(c));
      if (money.isErr()) problems.push(money.error);
      else if (money.value < 0 || money.value % 100 !== 0) {
        problems.push(tableError('grants.table.not-whole-kronor', {}, at(c)));
      } else return money.value;
      return undefined;
    };
    const granted = amount('beviljade_medel_kr');
    const unused = amount('oanvanda_medel_kr');
    const percentText = (cell('andel_oforbrukade_procent') ?? '').trim();
    const percentMatch = /^(\d{1,3})\s*%?$/.exec(percentText);
    const publishedPercent = percentMatch ? Number(percentMatch[1]) : null;
    if (percentText !== '' && (publishedPercent === null || publishedPercent > 100)) {
      problems.push(
        tableError('grants.table.invalid-percent', {}, at('andel_oforbrukade_procent')),
      );
    }
    if (granted !== undefined && unused !== undefined && unused > granted) {
      problems.push(tableError('grants.table.unused-exceeds-granted', {}, at('oanvanda_medel_kr')));
    }
    const [problem, ...others] = problems;
    if (problem !== undefined || granted === undefined || unused === undefined) {
      if (problem !== undefined) rejected.push({ row: line, errors: [problem, ...others] });
      continue;
    }
    const base = { row: line, recipient: recipient.trim(), granted, unused, publishedPercent };
    if (/^(summa|totalt?|sum)$/i.test(base.recipient) && totals === null) {
      totals = base;
      continue;
    }
    const resolution = resolveMunicipality(base.recipient);
    const municipalityCode = resolution.municipality?.code ?? null;
    rows.push({ ...base, municipalityCode, municipalityMatch: resolution.status });
  }
  const count = rows.length + (totals === null ? 0 : 1);
  return ok({
    separator: parsed.separator,
    read: count + rejected.length,
    parsed: count,
    rows,
    rejected,
    publishedTotals: totals,
  });
}
