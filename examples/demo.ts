/**
 * The main job: `pnpm demo` (or `npm run demo` on a fresh clone).
 *
 * 1. Resolves the recipients of the 2023 state grant appendix, as the names are
 *    written there, to municipalities.
 * 2. Evaluates a handful of synthetic housing solutions under the national definition
 *    of permanent housing (seed 003) and a strict municipal variant, shows where they
 *    disagree, and compares the two over 2 000 generated solutions.
 * 3. Computes the 2023 grant report from the published rows, and the year-on-year table.
 *
 * Everything is computed from the data in `data/`; nothing is copied from a summary.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRecipientReport, resolveGrantRecipients } from './demo/grantRecipients';
import { renderGrantReport2023 } from './demo/grantReport2023';
import { renderPermanence } from './demo/permanence';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const csv = readFileSync(join(root, 'data', 'statsbidrag-2023-bilaga1.csv'), 'utf8');
const recipients = resolveGrantRecipients(csv);

/** Today in the local time zone: the demo is the edge, where the clock may be read. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const sections: [string, string][] = [
  [
    'Municipality names in the 2023 grant appendix (seed 004, Bilaga 1)',
    renderRecipientReport(recipients),
  ],
  ['Permanent housing? Verdicts under two definitions', renderPermanence(today())],
  ['The 2023 state grant, computed from the rows', renderGrantReport2023(csv)],
];
for (const [title, body] of sections) process.stdout.write(`\n== ${title}\n\n${body}`);
process.exitCode = recipients.byStatus.unknown > 0 || recipients.problems.length > 0 ? 1 : 0;
