import type { Lang } from '@stadig/core';

/**
 * The help texts of the `stadig` command, in Swedish and English: the overview and
 * one per verb, each with an example.
 *
 * @example
 * ```ts
 * helpText('en', 'municipality resolve').includes('stadig municipality resolve');
 * //=> true
 * ```
 */
export function helpText(lang: Lang, topic: HelpTopic = 'overview'): string {
  return texts[topic][lang];
}

/**
 * What help can be asked for: the overview or one verb.
 *
 * @example
 * ```ts
 * const topic: HelpTopic = 'municipality resolve';
 * ```
 */
export type HelpTopic = 'overview' | 'municipality resolve';

const texts: Record<HelpTopic, Record<Lang, string>> = {
  overview: {
    en: `stadig — tools for the files and data of municipal work on permanent housing
for survivors of domestic and honour-related violence.

Usage
  stadig <verb> [arguments] [flags]

Verbs
  municipality resolve <name…>   Resolve municipality names as people write them
                                 to SCB codes (exact, probable or unknown).

Global flags
  --json          Print one JSON document instead of text.
  --lang sv|en    Language of messages (default: from LANG; Swedish for sv_*).
  -h, --help      Show help (also after a verb: stadig municipality resolve --help).
  -v, --version   Show the version.

Exit codes
  0  done
  1  invalid input: every problem is listed on standard error
  2  usage error: unknown verb or flag, or a missing argument

Example
  stadig municipality resolve "Falu kommun*" "Borås Stad" "Norrälje kommun"
`,
    sv: `stadig — verktyg för filer och data i kommunernas arbete med stadigvarande boende
för våldsutsatta personer.

Användning
  stadig <kommando> [argument] [flaggor]

Kommandon
  municipality resolve <namn…>   Tolka kommunnamn som människor skriver dem till
                                 SCB-koder (exakt, trolig eller okänd).

Flaggor för alla kommandon
  --json          Skriv ett JSON-dokument i stället för text.
  --lang sv|en    Språk för meddelanden (standard: från LANG; svenska för sv_*).
  -h, --help      Visa hjälp (även efter ett kommando: stadig municipality resolve --help).
  -v, --version   Visa versionen.

Slutkoder
  0  klart
  1  ogiltig indata: varje problem listas på standard error
  2  fel användning: okänt kommando eller okänd flagga, eller argument saknas

Exempel
  stadig municipality resolve "Falu kommun*" "Borås Stad" "Norrälje kommun"
`,
  },
  'municipality resolve': {
    en: `stadig municipality resolve <name…> [--json] [--strict] [--lang sv|en]

Resolves each name to a municipality (SCB code, name, county). Names may be written
as people write them: "Falu kommun", "Borås Stad", "Göteborgs stad", "Region Gotland",
any case, a trailing footnote star, a 4-digit SCB code.

Each answer is
  exact     the name is one of the municipality's accepted forms
  probable  close to one or more municipalities (a misspelling): check it
  unknown   no municipality matches

Flags
  --json     Print an array of { input, status, code, name, countyCode, candidates }
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
  --json     Skriv en lista med { input, status, code, name, countyCode, candidates }
             (code, name och countyCode är null när svaret är okänt).
  --strict   Räkna även troliga svar som problem (slutkod 1).

Slutkoder: 0 alla namn tolkades; 1 något namn är okänt (eller, med --strict, bara
troligt); 2 fel användning.

Exempel
  stadig municipality resolve "Falu kommun*" "Norrälje kommun"
  stadig municipality resolve --json "Borås Stad" 0180
`,
  },
};
