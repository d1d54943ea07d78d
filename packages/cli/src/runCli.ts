import { type Lang, langFromLocale, languages } from '@stadig/core';
import type { CliIo } from './CliIo';
import type { Command, CommandContext } from './Command';
import { commands } from './commands';
import { type ExitCode, exitCodes } from './exitCodes';
import { overviewHelp } from './help';
import { cliText } from './messages';
import { usageError } from './parseCommandArgs';
import { version } from './version';

/**
 * Runs the `stadig` command with the given arguments: the same code the `stadig`
 * binary runs, callable from a program or a test.
 *
 * The global flags (`--lang`, `--help`, `--version`) may stand anywhere; the verb's
 * words come first among the other arguments, and the verb parses the rest.
 *
 * @param argv - the arguments after the program name
 * @param io - where output goes, how files are read, what the environment says
 * @returns the exit code: 0 done, 1 invalid input, 2 usage error
 *
 * @example
 * ```ts
 * const { io, out } = memoryIo();
 * await runCli(['municipality', 'resolve', '--json', 'Falu kommun*'], io);
 * //=> 0
 * JSON.parse(out.stdout)[0].code;
 * //=> '2080'
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const globals = takeGlobalFlags(
    argv,
    langFromLocale(io.env.LC_ALL || io.env.LC_MESSAGES || io.env.LANG),
  );
  const ctx: CommandContext = { io, lang: globals.lang };
  if (globals.badLang) return usageError(ctx, cliText.badLang[ctx.lang]);
  if (globals.version) {
    io.stdout(`${version}\n`);
    return exitCodes.ok;
  }
  const { rest } = globals;
  const asksHelp = rest[0] === 'help';
  const words = asksHelp ? rest.slice(1) : rest;
  const command = findCommand(words);
  if (command === undefined) {
    if (words.length === 0 || words[0]?.startsWith('-')) {
      const wanted = globals.help || asksHelp;
      (wanted ? io.stdout : io.stderr)(overviewHelp(ctx.lang, commands));
      return wanted || words.length > 0 ? maybeUnknownFlag(ctx, words, wanted) : exitCodes.usage;
    }
    const verb = words
      .filter((w) => !w.startsWith('-'))
      .slice(0, 2)
      .join(' ');
    return usageError(ctx, `${cliText.unknownVerb[ctx.lang]}: ${verb}`);
  }
  if (globals.help || asksHelp) {
    io.stdout(command.help[ctx.lang]);
    return exitCodes.ok;
  }
  return command.run(words.slice(command.words.length), ctx);
}

function maybeUnknownFlag(
  ctx: CommandContext,
  words: readonly string[],
  helped: boolean,
): ExitCode {
  if (words.length === 0) return helped ? exitCodes.ok : exitCodes.usage;
  return usageError(ctx, cliText.badOption[ctx.lang], words[0]);
}

function findCommand(words: readonly string[]): Command | undefined {
  return commands.find((c) => c.words.every((word, i) => words[i] === word));
}

interface Globals {
  readonly lang: Lang;
  readonly badLang: boolean;
  readonly help: boolean;
  readonly version: boolean;
  readonly rest: readonly string[];
}

/** Takes `--lang X`, `--lang=X`, `-h`, `--help`, `-v`, `--version` out of the arguments (before any `--`). */
function takeGlobalFlags(argv: readonly string[], fallback: Lang): Globals {
  let lang: string | undefined;
  let help = false;
  let shownVersion = false;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--lang') lang = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (arg === '-h' || arg === '--help') help = true;
    else if (arg === '-v' || arg === '--version') shownVersion = true;
    else rest.push(arg);
  }
  const badLang = lang !== undefined && !(languages as readonly string[]).includes(lang);
  return {
    lang: lang !== undefined && !badLang ? (lang as Lang) : fallback,
    badLang,
    help,
    version: shownVersion,
    rest,
  };
}
