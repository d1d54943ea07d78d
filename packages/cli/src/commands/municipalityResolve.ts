import {
  getCounty,
  type Lang,
  type MunicipalityResolution,
  resolveMunicipality,
} from '@stadig/core';
import type { CliIo } from '../CliIo';
import type { Command } from '../Command';
import { type ExitCode, exitCodes } from '../exitCodes';
import { cliText } from '../messages';
import { paint } from '../paint';
import { parseCommandArgs, usageError } from '../parseCommandArgs';

/**
 * One answer of `stadig municipality resolve --json`.
 *
 * @example
 * ```ts
 * const row: ResolveJsonRow = {
 *   input: 'Falu kommun*', status: 'exact', code: '2080', name: 'Falun', countyCode: '20',
 *   reason: { code: 'exact.official-form', sv: '…', en: '…' }, candidates: [],
 * };
 * ```
 */
export interface ResolveJsonRow {
  readonly input: string;
  readonly status: MunicipalityResolution['status'];
  readonly code: string | null;
  readonly name: string | null;
  readonly countyCode: string | null;
  readonly reason: { readonly code: string; readonly sv: string; readonly en: string };
  readonly candidates: readonly {
    readonly code: string;
    readonly name: string;
    readonly countyCode: string;
    readonly distance: number;
    readonly reason: { readonly code: string; readonly sv: string; readonly en: string };
  }[];
}

/**
 * Turns a resolution into the row `--json` prints.
 *
 * @param resolution - what `resolveMunicipality` answered
 * @returns the JSON row
 *
 * @example
 * ```ts
 * toResolveJsonRow(resolveMunicipality('Borås Stad')).code;
 * //=> '1490'
 * ```
 */
export function toResolveJsonRow(resolution: MunicipalityResolution): ResolveJsonRow {
  const m = resolution.municipality;
  return {
    input: resolution.input,
    status: resolution.status,
    code: m?.code ?? null,
    name: m?.name ?? null,
    countyCode: m?.countyCode ?? null,
    reason: resolution.reason,
    candidates: resolution.candidates.map((c) => ({
      code: c.municipality.code,
      name: c.municipality.name,
      countyCode: c.municipality.countyCode,
      distance: c.distance,
      reason: c.reason,
    })),
  };
}

/**
 * Runs `stadig municipality resolve <name…>`.
 *
 * @param names - the names to resolve (at least one)
 * @param options - output format, strictness, language and I/O
 * @returns the exit code: 0 all resolved, 1 a name unknown (or probable with `strict`)
 *
 * @example
 * ```ts
 * runMunicipalityResolve(['Falu kommun*'], { json: true, strict: false, lang: 'en', io });
 * //=> 0
 * ```
 */
export function runMunicipalityResolve(
  names: readonly string[],
  options: { json: boolean; strict: boolean; lang: Lang; io: CliIo },
): ExitCode {
  const { io, lang } = options;
  const resolutions = names.map((name) => resolveMunicipality(name));
  if (options.json) {
    io.stdout(`${JSON.stringify(resolutions.map(toResolveJsonRow), null, 2)}\n`);
  } else {
    const width = Math.min(40, Math.max(...names.map((n) => n.length)));
    for (const r of resolutions) io.stdout(`${formatLine(r, width, lang, options.io)}\n`);
  }
  const problems = resolutions.filter(
    (r) => r.status === 'unknown' || (options.strict && r.status === 'probable'),
  );
  for (const r of problems) {
    const text = r.status === 'unknown' ? cliText.unresolved : cliText.notExact;
    io.stderr(`${text[lang]}: ${JSON.stringify(r.input)} — ${r.reason[lang]}\n`);
  }
  return problems.length > 0 ? exitCodes.invalidInput : exitCodes.ok;
}

function formatLine(r: MunicipalityResolution, width: number, lang: Lang, io: CliIo): string {
  const status = cliText[r.status][lang].padEnd(8);
  const coloured = paint(
    io,
    r.status === 'exact' ? 'green' : r.status === 'probable' ? 'yellow' : 'red',
    status,
  );
  const input = r.input.padEnd(width);
  if (r.municipality === null) return `${input}  ${coloured}  ${r.reason[lang]}`;
  const county = getCounty(r.municipality.countyCode)?.name ?? r.municipality.countyCode;
  const found = `${r.municipality.code} ${r.municipality.name} (${county})`;
  return r.status === 'exact'
    ? `${input}  ${coloured}  ${found}`
    : `${input}  ${coloured}  ${found} — ${r.reason[lang]}`;
}

/**
 * `stadig municipality resolve <name…> [--json] [--strict]`: resolves municipality
 * names as people write them to SCB codes.
 *
 * @example
 * ```ts
 * await municipalityResolveCommand.run(['--json', 'Borås Stad'], { io, lang: 'en' });
 * //=> 0
 * ```
 */
export const municipalityResolveCommand: Command = {
  words: ['municipality', 'resolve'],
  summary: {
    sv: 'Tolka kommunnamn som människor skriver dem till SCB-koder.',
    en: 'Resolve municipality names as people write them to SCB codes.',
  },
  help: {
    en: `stadig municipality resolve <name…> [--json] [--strict] [--lang sv|en]

Resolves each name to a municipality (SCB code, name, county). Names may be written
as people write them: "Falu kommun", "Borås Stad", "Göteborgs stad", "Region Gotland",
any case, a trailing footnote star, a 4-digit SCB code.

Each answer is
  exact     the name is one of the municipality's accepted forms
  probable  close to one or more municipalities (a misspelling): check it
  unknown   no municipality matches

Flags
  --json     Print an array of { input, status, code, name, countyCode, reason, candidates }
             (code, name and countyCode are null when unknown).
  --strict   Treat probable answers as problems too (exit code 1).

Exit codes: 0 every name resolved; 1 a name is unknown (or, with --strict,
only probable); 2 usage error.

Examples
  stadig municipality resolve "Falu kommun*" "Norrälje kommun"
  stadig municipality resolve --json "Borås Stad" 0180
`,
    sv: `stadig municipality resolve <namn…> [--json] [--strict] [--lang sv|en]

Tolkar varje namn som en kommun (SCB-kod, namn, län). Namnen får skrivas som människor
skriver dem: "Falu kommun", "Borås Stad", "Göteborgs stad", "Region Gotland", stora
eller små bokstäver, en avslutande fotnotsstjärna, en fyrsiffrig SCB-kod.

Varje svar är
  exakt     namnet är en av kommunens godtagna former
  trolig    nära en eller flera kommuner (en felstavning): kontrollera
  okänd     ingen kommun passar

Flaggor
  --json     Skriv en lista med { input, status, code, name, countyCode, reason, candidates }
             (code, name och countyCode är null när svaret är okänt).
  --strict   Räkna även troliga svar som problem (slutkod 1).

Slutkoder: 0 alla namn tolkades; 1 något namn är okänt (eller, med --strict, bara
troligt); 2 fel användning.

Exempel
  stadig municipality resolve "Falu kommun*" "Norrälje kommun"
  stadig municipality resolve --json "Borås Stad" 0180
`,
  },
  run: async (args, ctx) => {
    const parsed = parseCommandArgs(
      args,
      { json: { type: 'boolean' }, strict: { type: 'boolean' } },
      ctx,
    );
    if (typeof parsed === 'number') return parsed;
    if (parsed.positionals.length === 0) return usageError(ctx, cliText.missingNames[ctx.lang]);
    return runMunicipalityResolve(parsed.positionals, {
      json: parsed.values.json ?? false,
      strict: parsed.values.strict ?? false,
      lang: ctx.lang,
      io: ctx.io,
    });
  },
};
