/**
 * Example: reproduce the 2023 grant appendix (seed 004, Bilaga 1) from the shared CSV.
 * Every recipient's share of unused funds is computed from the granted and unused
 * amounts in the rows and compared with the percentage the appendix publishes; the
 * totals are summed exactly in öre; each recipient's name is resolved to a municipality.
 *
 * Run it: `node --conditions=@stadig/source --import tsx examples/grant-appendix-2023.ts [file.csv]`
 * (default: `data/statsbidrag-2023-bilaga1.csv`, generated from `../shared/data`).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatMoney } from '@stadig/core';
import { type GrantTableReport, grantTableReport, parseGrantTable } from '@stadig/grants';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Reads the appendix and computes it from its rows. */
export function reproduceAppendix(csv: string) {
  return parseGrantTable(csv).andThen(grantTableReport);
}

/** The reproduced appendix as text: one line per recipient, then the totals. */
export function renderAppendix(report: GrantTableReport): string {
  const kr = (m: Parameters<typeof formatMoney>[0]) => formatMoney(m, { decimals: 0 });
  const lines = report.rows.map((r) =>
    [
      r.recipient.padEnd(26),
      (r.municipalityCode ?? '????').padEnd(5),
      kr(r.granted).padStart(14),
      kr(r.unused).padStart(14),
      `${r.unusedPercent ?? '–'} %`.padStart(7),
      r.matchesPublished === true ? 'as published' : `published ${r.publishedPercent ?? '–'} %`,
    ].join(' '),
  );
  const same = report.rows.filter((r) => r.matchesPublished === true).length;
  return `${[
    ...lines,
    '',
    `${report.recipients} recipients; granted ${kr(report.granted)}, unused ${kr(report.unused)} (${report.unusedPercent} %).`,
    `Computed percentages equal to the published ones: ${same} of ${report.rows.length}.`,
  ].join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? join(root, 'data', 'statsbidrag-2023-bilaga1.csv');
  const report = reproduceAppendix(readFileSync(file, 'utf8'));
  if (report.isErr()) {
    const problems = Array.isArray(report.error) ? report.error : [report.error];
    for (const p of problems) process.stderr.write(`${p.path.join('.')}: ${p.message.en}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(renderAppendix(report.value));
  }
}
