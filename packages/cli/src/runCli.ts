import { parseArgs } from 'node:util';
import { type Lang, langFromLocale, languages } from '@stadig/core';
import type { CliIo } from './CliIo';
import { runMunicipalityResolve } from './commands/municipalityResolve';
import { type ExitCode, exitCodes } from './exitCodes';
import { helpText } from './help';
import { cliText } from './messages';
import { version } from './version';

const options = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  json: { type: 'boolean' },
  strict: { type: 'boolean' },
  lang: { type: 'string' },
} as const;

/**
 * Runs the `stadig` command with the given arguments: the same code the `stadig`
 * binary runs, callable from a program or a test.
 *
 * @param argv - the arguments after the program name
 * @param io - where output goes and what the environment says
 * @returns the exit code: 0 done, 1 invalid input, 2 usage error
 *
 * @example
 * ```ts
 * const out: string[] = [];
 * await runCli(['municipality', 'resolve', '--json', 'Falu kommun*'], {
 *   stdout: (t) => out.push(t), stderr: () => {}, env: {}, isTerminal: false,
 * });
 * //=> 0
 * JSON.parse(out.join(''))[0].code;
 * //=> '2080'
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const fallbackLang = langFromLocale(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG);
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(io, fallbackLang, cliText.badOption[fallbackLang], (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !(languages as readonly string[]).includes(values.lang)) {
    return usageError(io, fallbackLang, cliText.badLang[fallbackLang]);
  }
  const lang = (values.lang as Lang | undefined) ?? fallbackLang;
  if (values.version) {
    io.stdout(`${version}\n`);
    return exitCodes.ok;
  }
  const [noun, verb, ...rest] = positionals;
  if (noun === undefined) {
    (values.help ? io.stdout : io.stderr)(helpText(lang));
    return values.help ? exitCodes.ok : exitCodes.usage;
  }
  if (noun === 'municipality' && verb === 'resolve') {
    if (values.help) {
      io.stdout(helpText(lang, 'municipality resolve'));
      return exitCodes.ok;
    }
    if (rest.length === 0) return usageError(io, lang, cliText.missingNames[lang]);
    return runMunicipalityResolve(rest, {
      json: values.json ?? false,
      strict: values.strict ?? false,
      lang,
      io,
    });
  }
  if (noun === 'help') {
    io.stdout(helpText(lang, verb === 'municipality' ? 'municipality resolve' : 'overview'));
    return exitCodes.ok;
  }
  const verbText = [noun, verb].filter((part) => part !== undefined).join(' ');
  return usageError(io, lang, `${cliText.unknownVerb[lang]}: ${verbText}`);
}

function usageError(io: CliIo, lang: Lang, message: string, detail?: string): ExitCode {
  io.stderr(
    `stadig: ${message}${detail === undefined ? '' : ` (${detail})`}\n${cliText.usageHint[lang]}\n`,
  );
  return exitCodes.usage;
}
