import {
  type DialectName,
  encodeCsv,
  exportCases,
  exportGrantReport,
  exportStatistics,
  type LegalGround,
  legalGrounds,
  namedDialects,
} from '@stadig/adapter-csv';
import { caseStatistics, type StatisticsGrouping, toStatisticsRecord } from '@stadig/case';
import { formatError } from '@stadig/core';
import { grantTableReport, parseGrantTable } from '@stadig/grants';
import { asOfFlag } from '../asOfFlag';
import type { Command, CommandContext } from '../Command';
import { decodeText } from '../decodeText';
import { type ExitCode, exitCodes } from '../exitCodes';
import { formatProblem } from '../formatProblem';
import { parseCommandArgs, usageError } from '../parseCommandArgs';
import { readInput } from '../readInput';
import { validateCaseFile } from './caseValidate';

const whats = ['cases', 'statistics', 'grant-report'] as const;
const groupings = [
  'municipality',
  'county',
  'none',
] as const satisfies readonly StatisticsGrouping[];
const t = {
  usage: {
    sv: 'Ange vad och en fil, till exempel: stadig export statistics arenden.json',
    en: 'Give what and a file, for example: stadig export statistics cases.json',
  },
  badWhat: {
    sv: 'Vad exporteras: cases, statistics eller grant-report',
    en: 'What to export: cases, statistics or grant-report',
  },
  badDialect: {
    sv: '--dialect måste vara excel-sv eller rfc4180',
    en: '--dialect must be excel-sv or rfc4180',
  },
  badBy: {
    sv: '--by måste vara municipality, county eller none',
    en: '--by must be municipality, county or none',
  },
  badGround: {
    sv: `--legal-ground måste vara en av ${Object.keys(legalGrounds).join(', ')} och --reference anges med den`,
    en: `--legal-ground must be one of ${Object.keys(legalGrounds).join(', ')}, with --reference`,
  },
  invalidCases: {
    sv: 'ärenden med problem exporterades inte',
    en: 'cases with problems were not exported',
  },
  grounded: {
    sv: 'skyddade uppgifter exporterade med stöd av',
    en: 'protected data exported on the ground of',
  },
  withoutProtected: {
    sv: 'skyddade uppgifter (namn, personnummer, anteckningar, platser, adresser) utelämnades utan --legal-ground; filen är för läsning och kan inte importeras som ärenden igen',
    en: 'protected data (names, identity numbers, notes, places, addresses) left out without --legal-ground; the file is for reading and cannot be imported as cases again',
  },
  unwritable: { sv: 'Filen kan inte skrivas', en: 'The file cannot be written' },
  failed: { sv: 'Statistiken kunde inte beräknas', en: 'The statistics could not be computed' },
} as const;

async function build(
  what: (typeof whats)[number],
  file: string,
  values: { by: StatisticsGrouping; ground: LegalGround | undefined; dialect: DialectName },
  ctx: CommandContext,
  asOf: Parameters<typeof caseStatistics>[1]['asOf'],
): Promise<{ text: string; partial: boolean } | ExitCode> {
  const { io, lang } = ctx;
  const dialect = namedDialects[values.dialect];
  if (what === 'grant-report') {
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
    return {
      text: exportGrantReport(report.value, { dialect, lang }),
      partial: table.value.rejected.length > 0,
    };
  }
  const outcomes = await validateCaseFile(file, 'export', asOf, ctx);
  if (typeof outcomes === 'number') return outcomes;
  const cases = outcomes.flatMap((o) => (o.case === undefined ? [] : [o.case]));
  const invalid = outcomes.filter((o) => o.problems.length > 0);
  for (const o of invalid) {
    io.stderr(`[${o.index}] ${t.invalidCases[lang]}\n`);
    for (const p of o.problems) io.stderr(`  ${formatError(p, lang)}\n`);
  }
  if (what === 'cases') {
    const options =
      values.ground === undefined ? { dialect } : { dialect, legalGround: values.ground };
    return { text: exportCases(cases, options), partial: invalid.length > 0 };
  }
  const records = cases.flatMap((c) => toStatisticsRecord(c) ?? []);
  const table = caseStatistics(records, { asOf, by: values.by });
  if (table.isErr()) {
    io.stderr(`stadig export: ${t.failed[lang]}\n`);
    return exitCodes.invalidInput;
  }
  return { text: exportStatistics(table.value, { dialect, lang }), partial: invalid.length > 0 };
}

async function run(args: readonly string[], ctx: CommandContext): Promise<ExitCode> {
  const { io, lang } = ctx;
  const parsed = parseCommandArgs(
    args,
    {
      dialect: { type: 'string' },
      out: { type: 'string' },
      by: { type: 'string' },
      'as-of': { type: 'string' },
      'legal-ground': { type: 'string' },
      reference: { type: 'string' },
      json: { type: 'boolean' },
    },
    ctx,
  );
  if (typeof parsed === 'number') return parsed;
  const [what, file, ...more] = parsed.positionals;
  if (what === undefined || file === undefined || more.length > 0)
    return usageError(ctx, t.usage[lang]);
  if (!(whats as readonly string[]).includes(what)) return usageError(ctx, t.badWhat[lang]);
  const dialect = parsed.values.dialect ?? 'excel-sv';
  if (!Object.hasOwn(namedDialects, dialect)) return usageError(ctx, t.badDialect[lang]);
  const by = parsed.values.by ?? 'municipality';
  if (!(groupings as readonly string[]).includes(by)) return usageError(ctx, t.badBy[lang]);
  const groundName = parsed.values['legal-ground'];
  const reference = parsed.values.reference;
  if (
    (groundName === undefined) !== (reference === undefined) ||
    (groundName !== undefined && !Object.hasOwn(legalGrounds, groundName)) ||
    (reference !== undefined && reference.trim() === '')
  ) {
    return usageError(ctx, t.badGround[lang]);
  }
  const ground =
    groundName === undefined || reference === undefined
      ? undefined
      : { ground: groundName as LegalGround['ground'], reference };
  const asOf = asOfFlag(parsed.values['as-of'], ctx);
  if (typeof asOf === 'number') return asOf;
  const result = await build(
    what as (typeof whats)[number],
    file,
    { by: by as StatisticsGrouping, ground, dialect: dialect as DialectName },
    ctx,
    asOf,
  );
  if (typeof result === 'number') return result;
  if (what === 'cases') {
    io.stderr(
      ground === undefined
        ? `stadig export: ${t.withoutProtected[lang]}\n`
        : `stadig export: ${t.grounded[lang]}: ${legalGrounds[ground.ground][lang]}\n`,
    );
  }
  const out = parsed.values.out;
  // --json: one JSON document, the CSV text in it unless it went to a file.
  const summary = (written: boolean) =>
    `${JSON.stringify({ what, dialect, ...(written ? { out } : { csv: result.text }), partial: result.partial })}\n`;
  if (out === undefined) io.stdout(parsed.values.json ? summary(false) : result.text);
  else {
    try {
      await io.writeFile(out, encodeCsv(result.text, namedDialects[dialect as DialectName]));
    } catch (error) {
      io.stderr(`stadig: ${t.unwritable[lang]}: ${out} (${(error as Error).message})\n`);
      return exitCodes.invalidInput;
    }
    if (parsed.values.json) io.stdout(summary(true));
  }
  return result.partial ? exitCodes.invalidInput : exitCodes.ok;
}

/**
 * `stadig export <cases|statistics|grant-report> <file>`: writes CSV in the Swedish
 * Excel dialect or RFC 4180 with `@stadig/adapter-csv`.
 *
 * @example
 * ```ts
 * exportFileCommand.words;
 * //=> ['export']
 * ```
 */
export const exportFileCommand: Command = {
  words: ['export'],
  summary: {
    sv: 'Exportera ärendelistor, statistik eller bidragsrapporter som CSV (Excel eller RFC 4180).',
    en: 'Export case lists, statistics or grant reports as CSV (Excel or RFC 4180).',
  },
  help: {
    en: `stadig export <cases|statistics|grant-report> <file | -> [--dialect excel-sv|rfc4180] [--out <file>]
                [--by municipality|county|none] [--as-of YYYY-MM-DD]
                [--legal-ground <ground> --reference <ref>]

Writes CSV. excel-sv (default): semicolon, UTF-8 with BOM, decimal comma, ja/nej, what
Swedish Excel opens without a wizard; rfc4180: comma, UTF-8, decimal point.

  cases         Cases (JSON, one or an array; validated as by stadig case validate) as
                a case list, one row per case in Stadig's flat columns. Names, identity
                numbers, notes and places are written only with --legal-ground and
                --reference; the address of a household with a protected identity never.
                With a legal ground the file imports back (stadig import cases) unchanged.
  statistics    Case statistics of the same cases (small counts suppressed, also where
                they could be recovered by subtraction); a suppressed cell has no value
                and says why.
  grant-report  A grant table such as data/statsbidrag-2023-bilaga1.csv, recomputed
                from its rows, with a totals row.

Flags
  --dialect D          excel-sv (default) or rfc4180.
  --out F              Write the file (encoded for the dialect) instead of standard output.
  --by G               Statistics per municipality (default), county, or none.
  --as-of D            The day identity numbers and open stays are counted to (default: today).
  --legal-ground G     ${Object.keys(legalGrounds).join(', ')}.
  --reference R        The decision or consent the export is made under (required with a ground).
  --json               Print one JSON document: { what, dialect, csv | out, partial }.

Exit codes: 0 done; 1 invalid input (invalid cases are listed and left out; the rest
is written); 2 usage error.

Examples
  stadig export statistics arenden.json --by county
  stadig export cases arenden.json --dialect rfc4180 --out lista.csv
  stadig export cases arenden.json --legal-ground same-authority --reference "dnr 2026-17" --out flytt.csv
  stadig export grant-report data/statsbidrag-2023-bilaga1.csv
`,
    sv: `stadig export <cases|statistics|grant-report> <fil | -> [--dialect excel-sv|rfc4180] [--out <fil>]
                [--by municipality|county|none] [--as-of ÅÅÅÅ-MM-DD]
                [--legal-ground <grund> --reference <ref>]

Skriver CSV. excel-sv (standard): semikolon, UTF-8 med BOM, decimalkomma, ja/nej, det
svenska Excel öppnar utan guide; rfc4180: komma, UTF-8, decimalpunkt.

  cases         Ärenden (JSON, ett eller en lista; kontrolleras som av stadig case
                validate) som en ärendelista, en rad per ärende i Stadigs platta kolumner.
                Namn, identitetsnummer, anteckningar och platser skrivs bara med
                --legal-ground och --reference; adressen för ett hushåll med skyddade
                personuppgifter aldrig. Med rättslig grund kan filen importeras tillbaka
                (stadig import cases) oförändrad.
  statistics    Statistik över samma ärenden (små tal undertryckta, även där de kunde
                räknas fram genom subtraktion); en undertryckt cell saknar värde och
                anger varför.
  grant-report  En bidragstabell som data/statsbidrag-2023-bilaga1.csv, beräknad från
                raderna, med en summarad.

Flaggor
  --dialect D          excel-sv (standard) eller rfc4180.
  --out F              Skriv filen (kodad för dialekten) i stället för standard ut.
  --by G               Statistik per kommun (standard), län eller ingen gruppering.
  --as-of D            Dagen identitetsnummer och pågående vistelser räknas till (standard: i dag).
  --legal-ground G     ${Object.keys(legalGrounds).join(', ')}.
  --reference R        Beslutet eller samtycket exporten görs med stöd av (krävs med en grund).
  --json               Skriv ett JSON-dokument: { what, dialect, csv | out, partial }.

Slutkoder: 0 klart; 1 ogiltig indata (ogiltiga ärenden listas och utelämnas; resten
skrivs); 2 fel användning.

Exempel
  stadig export statistics arenden.json --by county
  stadig export cases arenden.json --dialect rfc4180 --out lista.csv
  stadig export cases arenden.json --legal-ground same-authority --reference "dnr 2026-17" --out flytt.csv
  stadig export grant-report data/statsbidrag-2023-bilaga1.csv
`,
  },
  run,
};
