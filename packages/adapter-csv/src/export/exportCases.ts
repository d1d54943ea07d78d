import type { Case } from '@stadig/case';
import { type Dialect, namedDialects } from '../dialect/Dialect';
import { caseFields } from '../rows/caseFields';
import { fieldPattern } from '../rows/fieldPattern';
import { flattenCase } from './flattenCase';
import { formatCell } from './formatCell';
import { formatCsv } from './formatCsv';
import type { LegalGround } from './legalGrounds';

/**
 * Options of {@link exportCases}.
 *
 * @example
 * ```ts
 * const options: ExportCasesOptions = { dialect: namedDialects.rfc4180, legalGround: { ground: 'same-authority', reference: 'dnr 1' } };
 * ```
 */
export interface ExportCasesOptions {
  /** Default: the Swedish Excel dialect. */
  readonly dialect?: Dialect;
  /** Without it, no protected value is written (the file cannot be imported again). */
  readonly legalGround?: LegalGround;
}

/**
 * Writes a case list as CSV in the flat convention of {@link caseFields}, one row per
 * case, with the columns any of the cases has (in the table's order, positions in
 * order). Protected values are written only with a legal ground, and an address never
 * for a household with a protected identity. With a legal ground the file imports back
 * to the same cases.
 *
 * @param cases - the cases
 * @param options - dialect and legal ground
 * @returns the CSV text (encode with `encodeCsv`)
 *
 * @example
 * ```ts
 * exportCases([parseCase(exampleCaseInput(), { asOf })._unsafeUnwrap()]).split('\r\n')[0]?.includes('household.survivor.name');
 * //=> false
 * ```
 */
export function exportCases(cases: readonly Case[], options: ExportCasesOptions = {}): string {
  const dialect = options.dialect ?? namedDialects['excel-sv'];
  const flat = cases.map((c) => flattenCase(c, options.legalGround !== undefined));
  const present = new Set<string>();
  for (const row of flat) for (const key of row.keys()) present.add(key);
  const order = Object.keys(caseFields);
  const rank = (field: string) => order.indexOf(fieldPattern(field) ?? '');
  const numbers = (field: string) => (field.match(/\d+/g) ?? []).map(Number);
  const columns = [...present].sort((a, b) => {
    const [na, nb] = [numbers(a), numbers(b)];
    const listA = a.split('.').slice(
      0,
      a.split('.').findIndex((p) => /^\d+$/.test(p)),
    );
    const listB = b.split('.').slice(
      0,
      b.split('.').findIndex((p) => /^\d+$/.test(p)),
    );
    if (listA.join('.') === listB.join('.') && listA.length > 0 && na[0] !== nb[0]) {
      return (na[0] ?? 0) - (nb[0] ?? 0);
    }
    return rank(a) - rank(b);
  });
  const types = caseFields as Readonly<Record<string, Parameters<typeof formatCell>[0]>>;
  const rows = flat.map((row) =>
    columns.map((col) =>
      formatCell(types[fieldPattern(col) ?? ''] ?? 'text', row.get(col), dialect),
    ),
  );
  return formatCsv([columns, ...rows], dialect);
}
