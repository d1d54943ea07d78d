import {
  formatGrantTableReport,
  grantReportChartSpec,
  grantTableReport,
  grantTableReportJson,
  parseGrantTable,
} from '@stadig/grants';
import type { Command, CommandContext } from '../Command';
import { decodeText } from '../decodeText';
import { type ExitCode, exitCodes } from '../exitCodes';
import { formatProblem } from '../formatProblem';
import { parseCommandArgs, usageError } from '../parseCommandArgs';
import { readInput } from '../readInput';
import { renderVegaLiteSvg } from '../renderVegaLiteSvg';

const formats = ['table', 'md', 'csv', 'json', 'svg'] as const;
const text = {
  missingFile: {
    sv: 'Ange en fil, till exempel: stadig grants report bilaga1.csv',
    en: 'Give a file, for example: stadig grants report bilaga1.csv',
  },
  oneFile: { sv: 'Ange en enda fil', en: 'Give a single file' },
  badFormat: {
    sv: '--format måste vara table, md, csv eller svg',
    en: '--format must be table, md, csv or svg',
  },
  conflict: {
    sv: '--json går inte ihop med ett annat --format',
    en: '--json cannot be combined with another --format',
  },
  unwritable: { sv: 'Filen kan inte skrivas', en: 'The file cannot be written' },
  chartFailed: { sv: 'Diagrammet kunde inte ritas', en: 'The chart could not be drawn' },
} as const;

/**
 * Runs `stadig grants report`: reads a grant table (such as Bilaga 1), computes the
 * report from its rows and writes it in the chosen format; rejected rows are listed
 * on standard error with row and column.
 *
 * @param file - the path of the CSV file, or `-` for standard input
 * @param options - the format, where to write, and the context
 * @returns 0 done, 1 invalid input (a rejected row, an unreadable file or header)
 *
 * @example
 * ```ts
 * await runGrantsReport('data/statsbidrag-2023-bilaga1.csv', { format: 'json', out: undefined }, ctx);
 * //=> 0
 * ```
 */
export async function runGrantsReport(
  file: string,
  options: { format: (typeof formats)[number]; out: string | undefined },
  ctx: CommandContext,
): Promise<ExitCode> {
  const { io, lang } = ctx;
  const bytes = await readInput(file, ctx);
  if (typeof bytes === 'number') return bytes;
  const table = parseGrantTable(decodeText(bytes).text);
  if (table.isErr()) {
    for (const e of table.error) io.stderr(`${formatProblem(e, lang)}\n`);
    return exitCodes.invalidInput;
  }
  const report = grantTableReport(table.value);
  if (report.isErr()) {
    io.stderr(`${formatProblem(report.error, lang)}\n`);
    return exitCodes.invalidInput;
  }
  let output: string;
  if (options.format === 'json')
    output = `${JSON.stringify(grantTableReportJson(report.value), null, 2)}\n`;
  else if (options.format !== 'svg')
    output = formatGrantTableReport(report.value, options.format, lang);
  else {
    try {
      // Loaded only for a chart: Vega and Vega-Lite are large, the other formats need neither.
      output = await renderVegaLiteSvg(grantReportChartSpec(report.value, lang));
    } catch (error) {
      io.stderr(`stadig: ${text.chartFailed[lang]} (${(error as Error).message})\n`);
      return exitCodes.invalidInput;
    }
  }
  if (options.out === undefined) io.stdout(output);
  else {
    try {
      await io.writeFile(options.out, output);
    } catch (error) {
      io.stderr(`stadig: ${text.unwritable[lang]}: ${options.out} (${(error as Error).message})\n`);
      return exitCodes.invalidInput;
    }
  }
  for (const rejected of table.value.rejected) {
    for (const e of rejected.errors) io.stderr(`${formatProblem(e, lang)}\n`);
  }
  return table.value.rejected.length > 0 ? exitCodes.invalidInput : exitCodes.ok;
}

/**
 * `stadig grants report <file.csv> [--json] [--format table|md|csv|svg] [--out <file>]`:
 * the report of a published grant table, computed from its rows.
 *
 * @example
 * ```ts
 * await grantsReportCommand.run(['data/statsbidrag-2023-bilaga1.csv', '--json'], { io, lang: 'en' });
 * //=> 0
 * ```
 */
export const grantsReportCommand: Command = {
  words: ['grants', 'report'],
  summary: {
    sv: 'Beräkna en statsbidragstabell (som Bilaga 1) från raderna: andelar, summor, diagram.',
    en: 'Compute a grant table (such as Bilaga 1) from its rows: shares, totals, a chart.',
  },
  help: {
    en: `stadig grants report <file.csv> [--json] [--format table|md|csv|svg] [--out <file>] [--lang sv|en]

Reads a table of the state grant per recipient, as Socialstyrelsen publishes it
(data/statsbidrag-2023-bilaga1.csv: mottagare;beviljade_medel_kr;oanvanda_medel_kr;
andel_oforbrukade_procent), and computes the report from the rows: each recipient's
unused share (nearest whole percent, halves up) beside the published one, the totals,
how many used nothing and how many left part unused. Semicolon- or comma-separated,
UTF-8 (with or without BOM) or Windows-1252. "-" reads standard input.

Flags
  --format table|md|csv|svg   table (default): aligned text; md: Markdown; csv: semicolon-
                              separated with computed and published shares; svg: a bar
                              chart of granted and unused per recipient (Vega-Lite).
  --json                      One object: recipients, granted, unused, used, unusedPercent,
                              usedPercent, usedNothing, partlyUnused, fullyUsed, mismatches,
                              publishedTotals and rows (recipient, municipalityCode, granted,
                              unused, unusedPercent, publishedPercent, matchesPublished).
                              Amounts in whole kronor.
  --out <file>                Write to a file instead of standard output.

Exit codes: 0 done; 1 invalid input (every rejected row is listed on standard error with
its row and column; the report of the other rows is still written); 2 usage error.

Examples
  stadig grants report data/statsbidrag-2023-bilaga1.csv
  stadig grants report data/statsbidrag-2023-bilaga1.csv --json
  stadig grants report data/statsbidrag-2023-bilaga1.csv --format svg --out bilaga1.svg
`,
    sv: `stadig grants report <fil.csv> [--json] [--format table|md|csv|svg] [--out <fil>] [--lang sv|en]

Läser en tabell över statsbidraget per mottagare så som Socialstyrelsen publicerar den
(data/statsbidrag-2023-bilaga1.csv: mottagare;beviljade_medel_kr;oanvanda_medel_kr;
andel_oforbrukade_procent) och beräknar rapporten från raderna: varje mottagares andel
oförbrukade medel (närmaste hela procent, halva uppåt) bredvid den publicerade, summorna,
hur många som inte använde något och hur många som lämnade en del oanvänt. Semikolon-
eller kommaseparerad, UTF-8 (med eller utan BOM) eller Windows-1252. "-" läser standard in.

Flaggor
  --format table|md|csv|svg   table (standard): justerad text; md: Markdown; csv:
                              semikolonseparerad med beräknad och publicerad andel; svg:
                              stapeldiagram över beviljat och oanvänt per mottagare.
  --json                      Ett objekt: recipients, granted, unused, used, unusedPercent,
                              usedPercent, usedNothing, partlyUnused, fullyUsed, mismatches,
                              publishedTotals och rows (recipient, municipalityCode, granted,
                              unused, unusedPercent, publishedPercent, matchesPublished).
                              Belopp i hela kronor.
  --out <fil>                 Skriv till en fil i stället för standard ut.

Slutkoder: 0 klart; 1 ogiltig indata (varje avvisad rad listas på standard fel med rad
och kolumn; rapporten över övriga rader skrivs ändå); 2 fel användning.

Exempel
  stadig grants report data/statsbidrag-2023-bilaga1.csv
  stadig grants report data/statsbidrag-2023-bilaga1.csv --json
  stadig grants report data/statsbidrag-2023-bilaga1.csv --format svg --out bilaga1.svg
`,
  },
  run: async (args, ctx) => {
    const parsed = parseCommandArgs(
      args,
      { json: { type: 'boolean' }, format: { type: 'string' }, out: { type: 'string' } },
      ctx,
    );
    if (typeof parsed === 'number') return parsed;
    const [file, ...extra] = parsed.positionals;
    if (file === undefined) return usageError(ctx, text.missingFile[ctx.lang]);
    if (extra.length > 0) return usageError(ctx, text.oneFile[ctx.lang], extra.join(' '));
    const asked = parsed.values.format ?? (parsed.values.json ? 'json' : 'table');
    const format = formats.find((f) => f === asked);
    if (format === undefined) return usageError(ctx, text.badFormat[ctx.lang]);
    if (parsed.values.json && format !== 'json') return usageError(ctx, text.conflict[ctx.lang]);
    return runGrantsReport(file, { format, out: parsed.values.out }, ctx);
  },
};
