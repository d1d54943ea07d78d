/**
 * The main job: `pnpm demo` (or `npm run demo` on a fresh clone).
 *
 * Resolves the recipients of the 2023 state grant appendix to municipalities and
 * prints them with the amounts granted per county. Later issues grow this into the
 * full end-to-end demo on the embedded database.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRecipientReport, resolveGrantRecipients } from './demo/grantRecipients';

const file = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'data',
  'statsbidrag-2023-bilaga1.csv',
);
const report = resolveGrantRecipients(readFileSync(file, 'utf8'));
process.stdout.write(renderRecipientReport(report));
process.exitCode = report.byStatus.unknown > 0 || report.problems.length > 0 ? 1 : 0;
