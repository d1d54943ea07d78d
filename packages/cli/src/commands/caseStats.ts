import {
  type CaseStatisticsRecord,
  type CaseStatisticsTable,
  caseStatistics,
  publishedCells,
  type StatisticsCell,
  type StatisticsGrouping,
  toStatisticsRecord,
} from '@stadig/case';
import { formatError, type Lang, type LocalizedText } from '@stadig/core';
import { asOfFlag } from '../asOfFlag';
import type { Command, CommandContext } from '../Command';
import { type ExitCode, exitCodes } from '../exitCodes';
import { cliText } from '../messages';
import { parseCommandArgs, usageError } from '../parseCommandArgs';
import { validateCaseFile } from './caseValidate';

const groupings = [
  'municipality',
  'county',
  'none',
] as const satisfies readonly StatisticsGrouping[];
const t = {
  badBy: {
    sv: '--by måste vara municipality, county eller none',
    en: '--by must be municipality, county or none',
  },
  badThreshold: {
    sv: '--threshold måste vara ett heltal ≥ 1',
    en: '--threshold must be a whole number ≥ 1',
  },
  problems: {
    sv: 'problem i indata; ingen statistik beräknad',
    en: 'problems in the input; no statistics computed',
  },
  failed: { sv: 'Statistiken kunde inte beräknas', en: 'The statistics could not be computed' },
  group: { sv: 'Grupp', en: 'Group' },
  cell: { sv: 'Mått', en: 'Measure' },
  value: { sv: 'Värde', en: 'Value' },
  national: { sv: 'Riket', en: 'National' },
  days: { sv: 'dagar', en: 'days' },
  excluded: { sv: 'Utelämnade ärenden', en: 'Cases left out' },
  heading: {
    sv: 'Ärendestatistik per',
    en: 'Case statistics as of',
  },
  threshold: { sv: 'tröskel', en: 'threshold' },
} as const;

/**
 * What `stadig case stats --json` prints: the day, grouping and threshold, the published
 * cells (`publishedCells`: suppressed ones with `value: null` and their reason), and
 * how many cases were left out by reason.
 *
 * @example
 * ```ts
 * const json: CaseStatsJson = { asOf: '2026-01-01', by: 'none', threshold: 5, cells: [], excluded: [] };
 * ```
 */
export interface CaseStatsJson {
  readonly asOf: string;
  readonly by: StatisticsGrouping;
  readonly threshold: number;
  readonly cells: readonly StatisticsCell[];
  readonly excluded: CaseStatisticsTable['excluded'];
}

const formatValue = (cell: StatisticsCell, lang: Lang, marks: Map<string, number>): string => {
  if (cell.suppressed !== null) {
    const key = cell.suppressed.reason;
    if (!marks.has(key)) marks.set(key, marks.size + 1);
    return `– (${marks.get(key)})`;
  }
  if (cell.value === null) return '–';
  if (cell.unit === 'share') return `${(cell.value * 100).toFixed(1)} %`;
  if (cell.unit === 'days') return `${cell.value} ${t.days[lang]}`;
  return String(cell.value);
};

/**
 * The statistics as a readable table: one line per published cell with its group,
 * label and value; suppressed cells show `– (n)`, with footnote n giving the reason.
 *
 * @param table - the result of `caseStatistics`
 * @param lang - the language
 * @returns the text, ending with a line break
 *
 * @example
 * ```ts
 * formatCaseStatistics(table, 'en').includes('Number of cases');
 * //=> true
 * ```
 */
export function formatCaseStatistics(table: CaseStatisticsTable, lang: Lang): string {
  const marks = new Map<string, number>();
  const notes = new Map<number, LocalizedText>();
  const rows = publishedCells(table).map((cell) => {
    const value = formatValue(cell, lang, marks);
    if (cell.suppressed !== null)
      notes.set(marks.get(cell.suppressed.reason) ?? 0, cell.suppressed);
    return [cell.group === 'national' ? t.national[lang] : cell.group, cell.label[lang], value];
  });
  const header = [t.group[lang], t.cell[lang], t.value[lang]];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => (i === 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const footnotes = [...notes].sort(([a], [b]) => a - b).map(([n, text]) => `(${n}) ${text[lang]}`);
  const excluded = table.excluded.map((e) => `  ${e.count}: ${e.label[lang]}`);
  return [
    `${t.heading[lang]} ${table.asOf} (--by ${table.by}, ${t.threshold[lang]} ${table.threshold})`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    ...(footnotes.length > 0 ? ['', ...footnotes] : []),
    ...(excluded.length > 0 ? ['', `${t.excluded[lang]}:`, ...excluded] : []),
    '',
  ].join('\n');
}

async function run(args: readonly string[], ctx: CommandContext): Promise<ExitCode> {
  const parsed = parseCommandArgs(
    args,
    {
      by: { type: 'string' },
      threshold: { type: 'string' },
      'as-of': { type: 'string' },
      json: { type: 'boolean' },
    },
    ctx,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const [file, ...more] = positionals;
  if (file === undefined || more.length > 0) return usageError(ctx, cliText.missingFile[ctx.lang]);
  const by = groupings.find((g) => g === (values.by ?? 'municipality'));
  if (by === undefined) return usageError(ctx, t.badBy[ctx.lang]);
  const threshold = values.threshold === undefined ? 5 : Number(values.threshold);
  if (!/^\d{1,9}$/.test(values.threshold ?? '5') || threshold < 1)
    return usageError(ctx, t.badThreshold[ctx.lang]);
  const asOf = asOfFlag(values['as-of'], ctx);
  if (typeof asOf === 'number') return asOf;
  const outcomes = await validateCaseFile(file, 'case stats', asOf, ctx);
  if (typeof outcomes === 'number') return outcomes;
  const problems = outcomes.flatMap((o) => o.problems.map((p) => ({ index: o.index, p })));
  if (problems.length > 0) {
    ctx.io.stderr(`stadig case stats: ${problems.length} ${t.problems[ctx.lang]}\n`);
    for (const { index, p } of problems)
      ctx.io.stderr(`  [${index}] ${formatError(p, ctx.lang)}\n`);
    return exitCodes.invalidInput;
  }
  const records: CaseStatisticsRecord[] = [];
  for (const o of outcomes) {
    const record = o.case === undefined ? undefined : toStatisticsRecord(o.case);
    if (record !== undefined) records.push(record);
  }
  const table = caseStatistics(records, { asOf, by, threshold });
  if (table.isErr()) return usageError(ctx, t.failed[ctx.lang], table.error.message[ctx.lang]);
  if (values.json) {
    const json: CaseStatsJson = {
      asOf: table.value.asOf,
      by,
      threshold,
      cells: publishedCells(table.value),
      excluded: table.value.excluded,
    };
    ctx.io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else ctx.io.stdout(formatCaseStatistics(table.value, ctx.lang));
  return exitCodes.ok;
}

/**
 * `stadig case stats <file.json | -> [--by municipality|county|none] [--threshold N]
 * [--as-of YYYY-MM-DD] [--json]`: validates the cases, projects each onto its
 * non-personal statistics record and prints `caseStatistics` with small counts
 * suppressed. Exit codes: 0 done, 1 invalid input (every problem listed, no
 * statistics), 2 usage error.
 *
 * @example
 * ```ts
 * const { io, out } = memoryIo({ files: { 'c.json': JSON.stringify([exampleCaseInput()]) } });
 * await caseStatsCommand.run(['c.json', '--json', '--by', 'none'], { io, lang: 'en' });
 * //=> 0
 * JSON.parse(out.stdout).cells[0].id;
 * //=> 'cases'
 * ```
 */
export const caseStatsCommand: Command = {
  words: ['case', 'stats'],
  summary: {
    sv: 'Statistik över ärenden (tid i skyddat boende, utfall) med små tal undertryckta.',
    en: 'Statistics over cases (time in sheltered housing, outcomes) with small counts suppressed.',
  },
  help: {
    en: `stadig case stats <file.json | -> [--by municipality|county|none] [--threshold N]
                  [--as-of YYYY-MM-DD] [--json]

Reads one case, or an array of cases, as JSON (a file, or - for standard input),
validates them like stadig case validate, projects each onto its non-personal
statistics record (municipality and dates only) and prints the statistics: number of
cases, days in sheltered housing and from placement to permanent housing (mean,
median, percentiles), closed cases and the share resolved, outcomes by tenure and
moves. Counts below the threshold, and cells that would reveal them, are suppressed:
shown as – with the reason in a footnote.

Flags
  --by G           municipality (default), county, or none (only the national row).
  --threshold N    The smallest count published besides zero (default 5).
  --as-of D        The day open stays are counted to, and cases checked on (default: today).
  --json           Print { asOf, by, threshold, cells: [{ group, id, label: { sv, en },
                   unit, value, suppressed: null | { reason, sv, en } }], excluded:
                   [{ reason, count, label }] }; a suppressed cell has value null.

Exit codes: 0 done; 1 invalid input (every problem of every case is listed by path on
standard error, without the values, and no statistics are printed); 2 usage error.

Examples
  stadig case stats cases.json
  stadig case stats --by county --threshold 10 --as-of 2026-01-01 --json cases.json
  stadig generate cases --count 1000 --seed 1 | stadig case stats - --by none
`,
    sv: `stadig case stats <fil.json | -> [--by municipality|county|none] [--threshold N]
                  [--as-of ÅÅÅÅ-MM-DD] [--json]

Läser ett ärende, eller en lista med ärenden, som JSON (en fil, eller - för standard in),
kontrollerar dem som stadig case validate, gör av varje ärende en statistikpost utan
personuppgifter (bara kommun och datum) och skriver statistiken: antal ärenden, dagar i
skyddat boende och från placering till stadigvarande boende (medel, median,
percentiler), avslutade ärenden och andelen lösta, utfall per upplåtelseform och
flyttar. Antal under tröskeln, och celler som skulle avslöja dem, undertrycks: de visas
som – med skälet i en fotnot.

Flaggor
  --by G           municipality (standard), county, eller none (bara rikets rad).
  --threshold N    Det minsta antal som publiceras utöver noll (standard 5).
  --as-of D        Dagen öppna vistelser räknas till och ärenden kontrolleras per
                   (standard: i dag).
  --json           Skriv { asOf, by, threshold, cells: [{ group, id, label: { sv, en },
                   unit, value, suppressed: null | { reason, sv, en } }], excluded:
                   [{ reason, count, label }] }; en undertryckt cell har value null.

Slutkoder: 0 klart; 1 ogiltig indata (varje problem i varje ärende listas med sökväg på
standard error, utan värdena, och ingen statistik skrivs); 2 fel användning.

Exempel
  stadig case stats arenden.json
  stadig case stats --by county --threshold 10 --as-of 2026-01-01 --json arenden.json
  stadig generate cases --count 1000 --seed 1 | stadig case stats - --by none
`,
  },
  run,
};
