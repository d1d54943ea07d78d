import type { Lang } from '@stadig/core';
import type { Command } from './Command';

/**
 * The overview help of the `stadig` command, listing every verb of `commands` with
 * its summary, the global flags and the exit codes.
 *
 * @param lang - the language to write it in
 * @param commands - the verbs to list
 * @returns the help text
 *
 * @example
 * ```ts
 * overviewHelp('en', commands).includes('municipality resolve');
 * //=> true
 * ```
 */
export function overviewHelp(lang: Lang, commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.words.join(' ').length)) + 2;
  const verbs = commands.map((c) => `  ${c.words.join(' ').padEnd(width)} ${c.summary[lang]}`);
  const t = text[lang];
  return `${t.intro}\n\n${t.usage}\n\n${t.verbs}\n${verbs.join('\n')}\n\n${t.rest}`;
}

const text = {
  en: {
    intro: `stadig — tools for the files and data of municipal work on permanent housing
for survivors of domestic and honour-related violence.`,
    usage: 'Usage\n  stadig <verb> [arguments] [flags]',
    verbs: 'Verbs',
    rest: `Global flags
  --lang sv|en    Language of messages (default: from LANG; Swedish for sv_*).
  -h, --help      Show help (also after a verb: stadig municipality resolve --help).
  -v, --version   Show the version.
Most verbs also take --json: one JSON document instead of text.

Exit codes
  0  done
  1  invalid input: every problem is listed on standard error
  2  usage error: unknown verb or flag, or a missing argument

Example
  stadig municipality resolve "Falu kommun*" "Borås Stad" "Norrälje kommun"
`,
  },
  sv: {
    intro: `stadig — verktyg för filer och data i kommunernas arbete med stadigvarande boende
för våldsutsatta personer.`,
    usage: 'Användning\n  stadig <kommando> [argument] [flaggor]',
    verbs: 'Kommandon',
    rest: `Flaggor för alla kommandon
  --lang sv|en    Språk för meddelanden (standard: från LANG; svenska för sv_*).
  -h, --help      Visa hjälp (även efter ett kommando: stadig municipality resolve --help).
  -v, --version   Visa versionen.
De flesta kommandon tar också --json: ett JSON-dokument i stället för text.

Slutkoder
  0  klart
  1  ogiltig indata: varje problem listas på standard error
  2  fel användning: okänt kommando eller okänd flagga, eller argument saknas

Exempel
  stadig municipality resolve "Falu kommun*" "Borås Stad" "Norrälje kommun"
`,
  },
} as const satisfies Record<Lang, Record<string, string>>;
