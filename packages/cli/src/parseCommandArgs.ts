import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { CommandContext } from './Command';
import { type ExitCode, exitCodes } from './exitCodes';
import { cliText } from './messages';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's own flags and positionals strictly. An unknown flag or a flag
 * without its value is a usage error: it is reported on standard error with a hint,
 * and the exit code (2) is returned instead of the values.
 *
 * @param args - the arguments after the command's words
 * @param options - the flags the command takes, as for `node:util` `parseArgs`
 * @param ctx - the command's context (for reporting)
 * @returns the parsed values and positionals, or the usage exit code
 *
 * @example
 * ```ts
 * const parsed = parseCommandArgs(['--json', 'a.csv'], { json: { type: 'boolean' } }, ctx);
 * typeof parsed === 'number' ? parsed : parsed.positionals;
 * //=> ['a.csv']
 * ```
 */
export function parseCommandArgs<const O extends Options>(
  args: readonly string[],
  options: O,
  ctx: CommandContext,
): ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>> | ExitCode {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError(ctx, cliText.badOption[ctx.lang], (error as Error).message);
  }
}

/**
 * Reports a usage error (exit code 2) on standard error, with the hint to run
 * `stadig --help`.
 *
 * @param ctx - the command's context
 * @param message - what is wrong, in the user's language
 * @param detail - an optional technical detail
 * @returns `2`
 *
 * @example
 * ```ts
 * usageError(ctx, 'Give a file');
 * //=> 2
 * ```
 */
export function usageError(ctx: CommandContext, message: string, detail?: string): ExitCode {
  const suffix = detail === undefined ? '' : ` (${detail})`;
  ctx.io.stderr(`stadig: ${message}${suffix}\n${cliText.usageHint[ctx.lang]}\n`);
  return exitCodes.usage;
}
