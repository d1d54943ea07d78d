/**
 * Example: import a case list that a case-management system exported through Excel
 * (semicolon-separated, Windows-1252, Swedish dates and amounts, its own headers and
 * codes) with a mapping profile, into a case store, and account for every row.
 *
 * The file is `packages/adapter-csv/examples/cases-system-windows-1252.csv` (synthetic
 * people) and the profile `packages/adapter-csv/profiles/exempel-socialtjanst.json`.
 * The store is the in-memory reference adapter; with `@stadig/adapter-postgres` the
 * same sink writes to PGlite or a server (see docs/en/adapter-csv.md).
 *
 * Run it: `node --conditions=@stadig/source --import tsx examples/csv-import.ts`
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  caseStoreSink,
  type ImportSummary,
  importCsv,
  parseMappingProfile,
} from '@stadig/adapter-csv';
import { createMemoryCaseStorePort } from '@stadig/adapter-testkit';
import { createCaseStore } from '@stadig/case';
import type { DateOnly } from '@stadig/core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'adapter-csv');
const asOf = '2026-01-15' as DateOnly;

/** Imports the example file with the example profile into a fresh in-memory store. */
export async function importExample() {
  const file = readFileSync(join(root, 'examples', 'cases-system-windows-1252.csv'));
  const profile = parseMappingProfile(
    JSON.parse(readFileSync(join(root, 'profiles', 'exempel-socialtjanst.json'), 'utf8')),
  )._unsafeUnwrap();
  const { port, oracle } = createMemoryCaseStorePort();
  let n = 0;
  const store = createCaseStore(port, {
    newId: () => `case-${++n}`,
    now: () => '2026-01-15T09:00:00.000Z',
    actor: 'example-import',
  });
  const summary = await importCsv(new Uint8Array(file), {
    kind: 'cases',
    asOf,
    profile,
    sink: caseStoreSink(store, { importId: 'example-1' }),
  });
  return { summary, stored: await oracle.countCases() };
}

/** The summary in words: the dialect found, the counts, every rejection (no values). */
export function renderImport(summary: ImportSummary, stored: number): string {
  const { dialect } = summary;
  return `${[
    `Dialect: separator "${dialect.separator}", ${dialect.encoding}, decimal "${dialect.decimal}".`,
    `${summary.read} rows read = ${summary.imported} imported + ${summary.rejected} rejected; ${stored} cases in the store.`,
    ...summary.rejections.flatMap((r) =>
      r.problems.map(
        (p) => `  row ${r.row}, ${p.column ?? 'the row'}: ${p.message.en} [${p.code}]`,
      ),
    ),
  ].join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { summary, stored } = await importExample();
  process.stdout.write(renderImport(summary, stored));
}
