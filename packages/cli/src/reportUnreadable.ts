import type { CommandContext } from './Command';
import { type ExitCode, exitCodes } from './exitCodes';
import { cliText } from './messages';

/**
 * Says on standard error that a file cannot be read, with the system's reason (the
 * path is the user's own argument, never data from a file), and answers exit code 1.
 *
 * @param file - the path as given
 * @param error - what reading it threw
 * @param ctx - the command's context
 * @returns exit code 1 (invalid input)
 *
 * @example
 * ```ts
 * reportUnreadable('gone.csv', new Error('ENOENT: no such file or directory'), ctx);
 * //=> 1
 * ```
 */
export function reportUnreadable(file: string, error: unknown, ctx: CommandContext): ExitCode {
  const reason = error instanceof Error ? ` (${error.message})` : '';
  ctx.io.stderr(`stadig: ${cliText.unreadable[ctx.lang]}: ${file}${reason}\n`);
  return exitCodes.invalidInput;
}
