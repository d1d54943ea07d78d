/**
 * The main job: `pnpm demo` (or `npm run demo` on a fresh clone). Runs on the data in
 * `data/` and on synthetic cases; needs no server and no network.
 *
 * 1. Resolves the recipients of the 2023 state grant appendix, as the names are
 *    written there, to municipalities.
 * 2. Evaluates synthetic housing solutions under the national definition of permanent
 *    housing (seed 003) and a strict municipal variant, and compares the two over
 *    2 000 generated solutions.
 * 3. A synthetic network of 2 000 cases stored in embedded PostgreSQL (PGlite, in
 *    memory): imported in transactional batches, read back through audited reads,
 *    row-level security shown; where the cases stand, and the homes they moved into
 *    judged under both definitions.
 * 4. Matching the households still waiting to synthetic offers, an optimal
 *    assignment, and an exchange plan through the network's shared ledger.
 * 5. The county boards' indicators (seed 003) over those cases, small counts suppressed.
 * 6. The 2023 grant report computed from the published rows, and the year-on-year table.
 *
 * It prints a summary and writes a self-contained HTML report with charts to the path
 * it names (default `reports/stadig-demo.html`; `--out <file>` to choose).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderVegaLiteSvg } from '@stadig/cli';
import { parseDateOnly } from '@stadig/core';
import { grantReportChartSpec, grantTableReport, parseGrantTable } from '@stadig/grants';
import { compareOutcomes, renderCases } from './demo/cases';
import { outcomeChartSpec, statisticsChartSpec } from './demo/charts';
import { renderRecipientReport, resolveGrantRecipients } from './demo/grantRecipients';
import { renderGrantReport2023 } from './demo/grantReport2023';
import { type ReportSection, renderHtmlReport } from './demo/htmlReport';
import { demoMatching, renderMatching } from './demo/matching';
import { renderPermanence } from './demo/permanence';
import { demoStatistics, renderStatistics } from './demo/statistics';
import { demoStorage, renderStorage } from './demo/storage';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outFlag = args.indexOf('--out');
const out = resolve(
  outFlag >= 0 ? (args[outFlag + 1] ?? '') : join(root, 'reports', 'stadig-demo.html'),
);

/** Today in the local time zone: the demo is the edge, where the clock may be read. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const started = performance.now();
const asOf = parseDateOnly(today())._unsafeUnwrap();
const csv = readFileSync(join(root, 'data', 'statsbidrag-2023-bilaga1.csv'), 'utf8');
const recipients = resolveGrantRecipients(csv);
const storage = await demoStorage(asOf);
const { cases } = storage;
const outcomes = compareOutcomes(cases);
const statistics = demoStatistics(cases, asOf);
const matching = demoMatching(cases, asOf);
const grantReport = parseGrantTable(csv).andThen(grantTableReport);

const sections: ReportSection[] = [
  {
    title: 'Municipality names in the 2023 grant appendix (seed 004, Bilaga 1)',
    text: renderRecipientReport(recipients),
  },
  { title: 'Permanent housing? Verdicts under two definitions', text: renderPermanence(asOf) },
  {
    title: 'The cases in the embedded database (PGlite): import, audited reads, row-level security',
    text: renderStorage(storage),
  },
  {
    title: 'A synthetic network of cases, and the homes they moved into',
    text: renderCases(cases, outcomes),
    charts: [
      {
        caption: 'Verdicts on the homes moved into, national vs strict definition',
        svg: await renderVegaLiteSvg(outcomeChartSpec(outcomes)),
      },
    ],
  },
  { title: 'Matching and an exchange plan with the ledger', text: renderMatching(matching) },
  {
    title: 'Indicators by county (seed 003), small counts suppressed',
    text: renderStatistics(statistics),
    charts: [
      {
        caption: 'Median days in sheltered housing by county (suppressed cells left out)',
        svg: await renderVegaLiteSvg(statisticsChartSpec(statistics)),
      },
    ],
  },
  {
    title: 'The 2023 state grant, computed from the rows',
    text: renderGrantReport2023(csv),
    charts: grantReport.isOk()
      ? [
          {
            caption: 'Granted and unused funds per recipient, 2023',
            svg: await renderVegaLiteSvg(grantReportChartSpec(grantReport.value, 'en')),
          },
        ]
      : [],
  },
];
for (const { title, text } of sections) process.stdout.write(`\n== ${title}\n\n${text}`);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, renderHtmlReport('Stadig demo', asOf, sections));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `\nThe report with charts: ${relative(process.cwd(), out) || out} (made in ${seconds} s)\n`,
);
process.exitCode = recipients.byStatus.unknown > 0 || recipients.problems.length > 0 ? 1 : 0;
