import {
  createErrorFactory,
  type ErrorPath,
  err,
  type NonEmptyReadonlyArray,
  ok,
  type Result,
  type StadigError,
} from '@stadig/core';
import { readDelimited } from '../csv/readDelimited';
import { tableMessages } from '../tables/messages';
import type { GrantApplication } from './GrantApplication';
import { parseGrantApplication } from './parseGrantApplication';

const tableError = createErrorFactory(tableMessages);

/** The columns, by their Swedish header name, with the English name also accepted. */
const columns = {
  ansokan: 'application',
  ar: 'year',
  kommun: 'municipality',
  begart_belopp_kr: 'requested_kr',
  kategori: 'category',
  lonekostnader_kr: 'salary_costs_kr',
  ovriga_kostnader_kr: 'other_costs_kr',
  fran: 'from',
  till: 'to',
  ej_forenligt_syfte: 'ineligible_purposes',
} as const;
type Column = keyof typeof columns;
const required: readonly Column[] = [
  'ansokan',
  'ar',
  'kommun',
  'begart_belopp_kr',
  'kategori',
  'fran',
  'till',
];
const activityColumn: Readonly<Record<string, Column>> = {
  category: 'kategori',
  salaryCosts: 'lonekostnader_kr',
  otherCosts: 'ovriga_kostnader_kr',
  from: 'fran',
  to: 'till',
  period: 'fran',
  ineligiblePurposes: 'ej_forenligt_syfte',
};
const appColumn: Readonly<Record<string, Column>> = {
  id: 'ansokan',
  year: 'ar',
  municipality: 'kommun',
  requested: 'begart_belopp_kr',
};

/**
 * Reads applications from CSV text, one row per activity, rows grouped into
 * applications by the `ansokan` column (in the order each id first appears). Header
 * (any order; English names in brackets also accepted): `ansokan` (application),
 * `ar` (year), `kommun` (municipality), `begart_belopp_kr` (requested_kr), `kategori`
 * (category), `lonekostnader_kr` (salary_costs_kr), `ovriga_kostnader_kr`
 * (other_costs_kr), `fran` (from), `till` (to), `ej_forenligt_syfte`
 * (ineligible_purposes). Year, municipality and requested amount are given on the
 * application's first row (later rows leave them empty or repeat them); empty costs
 * count as 0; purposes are ids separated by commas or spaces. Every problem is
 * reported at `['rows', line, column]`. Semicolon-separated by convention (a comma
 * header works too). Never throws.
 *
 * @param text - the CSV text
 * @returns the applications, or every problem
 *
 * @example
 * ```ts
 * parseApplicationRows(
 *   'ansokan;ar;kommun;begart_belopp_kr;kategori;lonekostnader_kr;ovriga_kostnader_kr;fran;till;ej_forenligt_syfte\n' +
 *   'A-1;2023;Falu kommun;700 000;cooperation-landlords;600 000;100 000;2023-01-01;2023-12-31;\n',
 * )._unsafeUnwrap()[0].requested;
 * //=> 70000000
 * ```
 */
export function parseApplicationRows(
  text: string,
): Result<GrantApplication[], NonEmptyReadonlyArray<StadigError>> {
  const parsed = readDelimited(text);
  if (parsed === null) return err([tableError('grants.table.empty', {}, [])]);
  const names = parsed.header.fields.map((f) => f.trim().toLowerCase());
  const index = Object.fromEntries(
    (Object.keys(columns) as Column[]).map((c) => [
      c,
      names.findIndex((n) => n === c || n === columns[c]),
    ]),
  ) as Record<Column, number>;
  const missing = required
    .filter((c) => index[c] < 0)
    .map((column) => tableError('grants.table.missing-column', { column }, ['header', column]));
  const [firstMissing, ...moreMissing] = missing;
  if (firstMissing !== undefined) return err([firstMissing, ...moreMissing]);
  const groups = new Map<string, { lines: number[]; cells: ((c: Column) => string)[] }>();
  for (const { line, fields } of parsed.records) {
    const cell = (c: Column) => (index[c] >= 0 ? (fields[index[c]] ?? '') : '').trim();
    const group = groups.get(cell('ansokan')) ?? { lines: [], cells: [] };
    group.lines.push(line);
    group.cells.push(cell);
    groups.set(cell('ansokan'), group);
  }
  const applications: GrantApplication[] = [];
  const problems: StadigError[] = [];
  for (const [id, { lines, cells }] of groups) {
    const first = (c: Column) => cells.map((cell) => cell(c)).find((v) => v !== '') ?? '';
    const year = first('ar');
    const input = {
      id,
      year: /^\d{1,4}$/.test(year) ? Number(year) : year,
      municipality: first('kommun'),
      requested: first('begart_belopp_kr'),
      activities: cells.map((cell) => ({
        category: cell('kategori'),
        salaryCosts: cell('lonekostnader_kr') || '0',
        otherCosts: cell('ovriga_kostnader_kr') || '0',
        period:
          cell('till') === '' ? { from: cell('fran') } : { from: cell('fran'), to: cell('till') },
        ineligiblePurposes: cell('ej_forenligt_syfte')
          .split(/[\s,]+/)
          .filter((p) => p !== ''),
      })),
    };
    const result = parseGrantApplication(input);
    if (result.isOk()) applications.push(result.value);
    else {
      problems.push(
        ...result.error.map((e) =>
          Object.freeze({ ...e, path: Object.freeze(rowPath(e.path, lines)) }),
        ),
      );
    }
  }
  const [head, ...tail] = problems;
  return head === undefined ? ok(applications) : err([head, ...tail]);
}

/** Maps an application path to `['rows', line, column]`. */
function rowPath(path: ErrorPath, lines: readonly number[]): ErrorPath {
  const [top, i, key, sub] = path;
  if (top === 'activities' && typeof i === 'number') {
    const column =
      activityColumn[String(sub === undefined || key !== 'period' ? key : sub)] ?? 'kategori';
    return ['rows', lines[i] ?? lines[0] ?? 0, column];
  }
  return ['rows', lines[0] ?? 0, appColumn[String(top)] ?? 'ansokan'];
}
