import { randomUUID } from 'node:crypto';
import {
  caseStoreSink,
  type Dialect,
  type ImportKind,
  type ImportSink,
  type ImportSummary,
  importCsv,
  type MappingProfile,
  parseMappingProfile,
  type RowRejection,
} from '@stadig/adapter-csv';
import { type Case, createCaseStore } from '@stadig/case';
import { type DateOnly, formatError, type Lang, type StadigError } from '@stadig/core';
import { asOfFlag } from '../asOfFlag';
import type { Command, CommandContext } from '../Command';
import { type ExitCode, exitCodes } from '../exitCodes';
import { parseCommandArgs, usageError } from '../parseCommandArgs';
import { readInput } from '../readInput';
import { readJsonInput } from '../readJsonInput';
import { reportUnreadable } from '../reportUnreadable';

const kinds = ['cases', 'offers', 'applications', 'usage'] as const satisfies readonly ImportKind[];
const separators = { ';': ';', ',': ',', tab: '\t', '\t': '\t' } as const;
const t = {
  usage: {
    sv: 'Ange vad och en fil, till exempel: stadig import cases arenden.csv',
    en: 'Give what and a file, for example: stadig import cases cases.csv',
  },
  badKind: {
    sv: 'Vad importeras: cases, offers, applications eller usage',
    en: 'What to import: cases, offers, applications or usage',
  },
  badInto: {
    sv: '--into måste vara memory eller pglite:<katalog> (pglite bara för cases, med --municipality)',
    en: '--into must be memory or pglite:<directory> (pglite for cases only, with --municipality)',
  },
  storeFailed: { sv: 'Lagret kunde inte öppnas', en: 'The store could not be opened' },
  resumed: { sv: 'fortsätter efter rad', en: 'resuming after row' },
  badDialect: {
    sv: '--separator måste vara ; , eller tab, --encoding utf-8 eller windows-1252, --decimal , eller .',
    en: '--separator must be ; , or tab, --encoding utf-8 or windows-1252, --decimal , or .',
  },
  badProfile: { sv: 'Mappningsprofilen är ogiltig', en: 'The mapping profile is invalid' },
  read: { sv: 'lästa', en: 'read' },
  imported: { sv: 'importerade', en: 'imported' },
  rejected: { sv: 'avvisade', en: 'rejected' },
  row: { sv: 'rad', en: 'row' },
  column: { sv: 'kolumn', en: 'column' },
  more: { sv: 'fler avvisade rader visas inte', en: 'more rejected rows not shown' },
  stored: {
    sv: 'poster sparade i minnet (tas bort när kommandot slutar)',
    en: 'records stored in memory (gone when the command ends)',
  },
  fileRejected: {
    sv: 'hela filen avvisades (--strict)',
    en: 'the whole file was rejected (--strict)',
  },
} as const;

/**
 * The file streamed in chunks when `CliIo` can (`openFile`), else read whole. A file
 * that cannot be opened (missing, a directory, no permission) is reported as by every
 * other command, with exit code 1, before the import starts; a file that fails later is
 * the importer's `csv.unreadable-source`.
 */
async function openInput(
  file: string,
  ctx: CommandContext,
): Promise<AsyncIterable<Uint8Array> | Uint8Array | ExitCode> {
  const open = ctx.io.openFile;
  if (file === '-' || open === undefined) return readInput(file, ctx);
  const chunks = open(file)[Symbol.asyncIterator]();
  let first: IteratorResult<Uint8Array>;
  try {
    first = await chunks.next();
  } catch (error) {
    return reportUnreadable(file, error, ctx);
  }
  return (async function* () {
    if (first.done === true) return;
    yield first.value;
    for (let next = await chunks.next(); next.done !== true; next = await chunks.next())
      yield next.value;
  })();
}

/**
 * One rejected row as a line of text: row, column (name and number) and message, never
 * a value from the file.
 *
 * @param rejection - the rejected row
 * @param lang - the language
 * @returns the lines, one per problem
 *
 * @example
 * ```ts
 * rejectionLines({ row: 4, problems: [{ column: 'Födelsedatum', columnIndex: 4, code: 'csv.invalid-date', message: { sv: 'Datumet följer inte formatet YYYYMMDD.', en: 'The date does not follow the format YYYYMMDD.' } }] }, 'en');
 * //=> ['row 4, column Födelsedatum (4): The date does not follow the format YYYYMMDD. [csv.invalid-date]']
 * ```
 */
export function rejectionLines(rejection: RowRejection, lang: Lang): string[] {
  return rejection.problems.map((p) => {
    const where =
      p.column === null
        ? ''
        : `, ${t.column[lang]} ${p.column}${p.columnIndex === null ? '' : ` (${p.columnIndex})`}`;
    return `${t.row[lang]} ${rejection.row}${where}: ${p.message[lang]} [${p.code}]`;
  });
}

function summaryJson(summary: ImportSummary) {
  return {
    ...summary,
    notices: summary.notices.map((n) => ({ code: n.code, path: n.path, message: n.message })),
  };
}

/**
 * Opens (and migrates) an embedded PostgreSQL case store in a directory (`pglite:` alone:
 * in memory), acting for the given municipalities, and a sink into it that resumes
 * after the import's checkpoint. `@stadig/adapter-postgres` is loaded only here.
 */
async function openStore(
  dataDir: string,
  options: {
    municipalities: readonly string[];
    actor: string;
    asOf: DateOnly;
    importId?: string;
  },
): Promise<
  | { sink: ImportSink<Case>; resumeAfter: number; close: () => Promise<void> }
  | { failed: readonly StadigError[] }
> {
  const { openPglite, migrateCaseStore, createPostgresCaseStorePort } = await import(
    '@stadig/adapter-postgres'
  );
  const engine = await openPglite(dataDir === '' ? {} : { dataDir });
  if (engine.isErr()) return { failed: engine.error };
  const migrated = await migrateCaseStore(engine.value);
  if (migrated.isErr()) {
    await engine.value.close();
    return { failed: migrated.error };
  }
  const port = createPostgresCaseStorePort(engine.value, {
    municipalities: options.municipalities,
    role: 'stadig_app',
  });
  const store = createCaseStore(port, {
    newId: () => randomUUID(),
    now: () => new Date().toISOString(),
    asOf: () => options.asOf,
    actor: options.actor,
  });
  let resumeAfter = 0;
  if (options.importId !== undefined) {
    const checkpoint = await store.readCheckpoint(options.importId);
    if (checkpoint.isErr()) {
      await engine.value.close();
      return { failed: checkpoint.error };
    }
    resumeAfter = checkpoint.value?.position ?? 0;
  }
  return {
    sink: caseStoreSink(
      store,
      options.importId === undefined ? {} : { importId: options.importId },
    ),
    resumeAfter,
    close: () => engine.value.close(),
  };
}

async function run(args: readonly string[], ctx: CommandContext): Promise<ExitCode> {
  const { io, lang } = ctx;
  const parsed = parseCommandArgs(
    args,
    {
      profile: { type: 'string' },
      into: { type: 'string' },
      municipality: { type: 'string', multiple: true },
      'import-id': { type: 'string' },
      actor: { type: 'string' },
      strict: { type: 'boolean' },
      json: { type: 'boolean' },
      'as-of': { type: 'string' },
      separator: { type: 'string' },
      encoding: { type: 'string' },
      decimal: { type: 'string' },
    },
    ctx,
  );
  if (typeof parsed === 'number') return parsed;
  const [kind, file, ...more] = parsed.positionals;
  if (kind === undefined || file === undefined || more.length > 0)
    return usageError(ctx, t.usage[lang]);
  if (!(kinds as readonly string[]).includes(kind)) return usageError(ctx, t.badKind[lang]);
  const { into, separator, encoding, decimal } = parsed.values;
  const municipalities = parsed.values.municipality ?? [];
  const pglite = into?.startsWith('pglite:') === true;
  if (
    (into !== undefined && into !== 'memory' && !pglite) ||
    (pglite && (kind !== 'cases' || municipalities.length === 0))
  ) {
    return usageError(ctx, t.badInto[lang]);
  }
  const sep =
    separator === undefined ? undefined : separators[separator as keyof typeof separators];
  if (
    (separator !== undefined && sep === undefined) ||
    (encoding !== undefined && encoding !== 'utf-8' && encoding !== 'windows-1252') ||
    (decimal !== undefined && decimal !== ',' && decimal !== '.')
  ) {
    return usageError(ctx, t.badDialect[lang]);
  }
  const dialect: Partial<Dialect> = {
    ...(sep === undefined ? {} : { separator: sep }),
    ...(encoding === undefined ? {} : { encoding: encoding as Dialect['encoding'] }),
    ...(decimal === undefined ? {} : { decimal: decimal as Dialect['decimal'] }),
  };
  const asOf = asOfFlag(parsed.values['as-of'], ctx);
  if (typeof asOf === 'number') return asOf;
  let profile: MappingProfile | undefined;
  if (parsed.values.profile !== undefined) {
    const json = await readJsonInput(parsed.values.profile, 'import', ctx);
    if (typeof json === 'number') return json;
    const result = parseMappingProfile(json.data);
    if (result.isErr()) {
      io.stderr(`stadig import: ${t.badProfile[lang]}\n`);
      for (const e of result.error) io.stderr(`  ${formatError(e, lang)}\n`);
      return exitCodes.invalidInput;
    }
    profile = result.value;
  }
  // Streamed when the I/O can (a file of any size in constant memory), else read whole.
  const bytes = await openInput(file, ctx);
  if (typeof bytes === 'number') return bytes;
  const stored: unknown[] = [];
  const importId = parsed.values['import-id'];
  const target = pglite
    ? await openStore((into ?? '').slice('pglite:'.length), {
        municipalities,
        actor: parsed.values.actor ?? 'stadig-import',
        asOf,
        ...(importId === undefined ? {} : { importId }),
      })
    : undefined;
  if (target !== undefined && 'failed' in target) {
    io.stderr(`stadig import: ${t.storeFailed[lang]}\n`);
    for (const e of target.failed) io.stderr(`  ${formatError(e, lang)}\n`);
    return exitCodes.invalidInput;
  }
  if (target !== undefined && target.resumeAfter > 0) {
    io.stderr(`stadig import: ${t.resumed[lang]} ${target.resumeAfter}\n`);
  }
  const memorySink = { write: async (batch: readonly unknown[]) => void stored.push(...batch) };
  // A `CliIo` that does not say whether standard error is a terminal has none.
  const progress = io.stderrIsTerminal === true;
  const summary = await importCsv(bytes, {
    kind: kind as ImportKind,
    asOf,
    dialect,
    strict: parsed.values.strict === true,
    ...(profile === undefined ? {} : { profile }),
    ...(into === 'memory' ? { sink: memorySink } : {}),
    ...(target === undefined
      ? {}
      : { sink: target.sink as ImportSink<never>, resumeAfter: target.resumeAfter }),
    ...(progress
      ? {
          onProgress: (c) =>
            io.stderr(
              `\rstadig import: ${c.read} ${t.read[lang]} · ${c.imported} ${t.imported[lang]} · ${c.rejected} ${t.rejected[lang]}`,
            ),
        }
      : {}),
  });
  if (progress) io.stderr('\n');
  await target?.close();
  if (parsed.values.json) io.stdout(`${JSON.stringify(summaryJson(summary), null, 2)}\n`);
  else {
    const lines = [
      `${summary.read} ${t.read[lang]}, ${summary.imported} ${t.imported[lang]}, ${summary.rejected} ${t.rejected[lang]}`,
      ...(summary.fileRejected ? [t.fileRejected[lang]] : []),
      ...summary.notices.map((n) => formatError(n, lang)),
      ...summary.rejections.flatMap((r) => rejectionLines(r, lang)),
      ...(summary.rejectionsOmitted > 0 ? [`… ${summary.rejectionsOmitted} ${t.more[lang]}`] : []),
      ...(into === 'memory' ? [`${stored.length} ${t.stored[lang]}`] : []),
    ];
    io.stdout(`${lines.join('\n')}\n`);
  }
  const unreadable = summary.notices.some(
    (n) => n.code === 'csv.unreadable-source' || n.code === 'csv.empty-file',
  );
  return summary.rejected > 0 || summary.fileRejected || unreadable
    ? exitCodes.invalidInput
    : exitCodes.ok;
}

/**
 * `stadig import <cases|offers|applications|usage> <file>`: imports a delimited file with
 * `@stadig/adapter-csv` and accounts for every row.
 *
 * @example
 * ```ts
 * importFileCommand.words;
 * //=> ['import']
 * ```
 */
export const importFileCommand: Command = {
  words: ['import'],
  summary: {
    sv: 'Importera ärenden, erbjudanden, ansökningar eller återrapporter från CSV; varje rad redovisas.',
    en: 'Import cases, offers, applications or usage reports from CSV; every row accounted for.',
  },
  help: {
    en: `stadig import <cases|offers|applications|usage> <file | -> [--profile profile.json]
                [--into memory|pglite:<dir> --municipality <code> [--import-id <id>]]
                [--strict] [--json] [--as-of YYYY-MM-DD] [--separator ";"|","|tab]
                [--encoding utf-8|windows-1252] [--decimal ,|.]

Reads a delimited file (what Excel and case-management systems export) and validates
every row the way the domain package does (parseCase, parseOffer, parseGrantApplication,
parseUsageReport). The dialect is detected: comma, semicolon or tab; UTF-8 with or
without BOM, or Windows-1252; decimal comma or point. Columns are Stadig's field names
(see docs/en/adapter-csv.md) or a mapping profile's. Every data row is imported or
rejected with its row number, column, code and message; no value from the file is
ever printed. read = imported + rejected. A progress line is shown on standard error
when it is a terminal.

Flags
  --profile F    A mapping profile (JSON): the system's columns to Stadig's fields.
  --into memory  Hand valid records to an in-memory store for the run (a dry run that
                 also batches); without --into, rows are only validated.
  --into pglite:<directory>
                 Cases only: store them in embedded PostgreSQL (PGlite) kept in the
                 directory (created and migrated when new; "pglite:" alone keeps it in
                 memory), in transactional batches of upserts by case id, so that an
                 import run again adds no duplicates. Needs --municipality.
  --municipality C  The municipality (SCB code) the import acts for; repeat for more.
                 Row-level security keeps every other municipality's cases out of reach.
  --import-id ID Store a checkpoint after each batch, and resume after it when the same
                 import is run again.
  --actor A      The pseudonymous user or system id the audit log records (default
                 stadig-import).
  --strict       Reject the whole file on any problem.
  --json         Print the summary as JSON: read, imported, rejected, records, dialect,
                 rejections [{ row, problems: [{ column, columnIndex, code, message }] }].
  --as-of D      The day identity numbers are checked on (default: today).
  --separator, --encoding, --decimal   Override what is detected.

Exit codes: 0 every row imported; 1 a row rejected (or the file, with --strict), or a
file that cannot be read; 2 usage error.

Examples
  stadig import cases arenden.csv
  stadig import cases export.csv --profile profiles/exempel-socialtjanst.json --strict
  stadig import cases arenden.csv --into pglite:./stadig-data --municipality 2080 --import-id falun-1
  stadig import applications ansokningar.csv --json
`,
    sv: `stadig import <cases|offers|applications|usage> <fil | -> [--profile profil.json]
                [--into memory|pglite:<katalog> --municipality <kod> [--import-id <id>]]
                [--strict] [--json] [--as-of ÅÅÅÅ-MM-DD] [--separator ";"|","|tab]
                [--encoding utf-8|windows-1252] [--decimal ,|.]

Läser en avgränsad fil (det Excel och verksamhetssystem exporterar) och kontrollerar
varje rad så som domänpaketet gör (parseCase, parseOffer, parseGrantApplication,
parseUsageReport). Dialekten känns igen: komma, semikolon eller tabb; UTF-8 med eller
utan BOM, eller Windows-1252; decimalkomma eller punkt. Kolumnerna är Stadigs fältnamn
(se docs/sv/adapter-csv.md) eller en mappningsprofils. Varje datarad importeras eller
avvisas med radnummer, kolumn, kod och meddelande; inget värde ur filen skrivs någonsin
ut. lästa = importerade + avvisade. En förloppsrad visas på standard fel när det är en
terminal.

Flaggor
  --profile F    En mappningsprofil (JSON): systemets kolumner till Stadigs fält.
  --into memory  Lämna giltiga poster till ett minneslager under körningen (en
                 provkörning som också delar i satser); utan --into kontrolleras raderna bara.
  --into pglite:<katalog>
                 Bara ärenden: spara dem i inbäddad PostgreSQL (PGlite) i katalogen
                 (skapas och migreras när den är ny; "pglite:" ensamt håller den i
                 minnet), i transaktioner per sats med uppdatering per ärende-id, så att
                 en import som körs igen inte ger dubbletter. Kräver --municipality.
  --municipality K  Kommunen (SCB-kod) importen görs för; upprepa för fler.
                 Radnivåskydd håller alla andra kommuners ärenden utom räckhåll.
  --import-id ID Spara en kontrollpunkt efter varje sats, och fortsätt efter den när
                 samma import körs igen.
  --actor A      Den pseudonyma användare eller det system som granskningsloggen anger
                 (standard stadig-import).
  --strict       Avvisa hela filen vid minsta problem.
  --json         Skriv sammanfattningen som JSON: read, imported, rejected, records,
                 dialect, rejections [{ row, problems: [{ column, columnIndex, code, message }] }].
  --as-of D      Dagen identitetsnummer kontrolleras per (standard: i dag).
  --separator, --encoding, --decimal   Ersätt det som känts igen.

Slutkoder: 0 alla rader importerade; 1 en rad avvisad (eller filen, med --strict), eller
en fil som inte kan läsas; 2 fel användning.

Exempel
  stadig import cases arenden.csv
  stadig import cases export.csv --profile profiles/exempel-socialtjanst.json --strict
  stadig import cases arenden.csv --into pglite:./stadig-data --municipality 2080 --import-id falun-1
  stadig import applications ansokningar.csv --json
`,
  },
  run,
};
