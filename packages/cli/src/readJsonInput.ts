import type { CommandContext } from './Command';
import { type ExitCode, exitCodes } from './exitCodes';
import { cliText } from './messages';
import { readInput } from './readInput';

/**
 * Reads a command's JSON input: a file, or standard input for `-`, as strict UTF-8
 * (RFC 8259). A file that cannot be read, is not UTF-8 or is not JSON is invalid input:
 * it is reported on standard error and exit code 1 is returned instead of the data.
 *
 * @param file - a path, or `-` for standard input
 * @param verb - the verb's name for the message, such as `check`
 * @param ctx - the command's context
 * @returns `{ data }`, or `1`
 *
 * @example
 * ```ts
 * const input = await readJsonInput('cases.json', 'case validate', ctx);
 * typeof input === 'number' ? 'failed' : Array.isArray(input.data);
 * //=> true
 * ```
 */
export async function readJsonInput(
  file: string,
  verb: string,
  ctx: CommandContext,
): Promise<{ readonly data: unknown } | ExitCode> {
  const bytes = await readInput(file, ctx);
  if (typeof bytes === 'number') return bytes;
  try {
    return { data: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch (error) {
    const problem = error instanceof SyntaxError ? cliText.notJson : cliText.notUtf8;
    ctx.io.stderr(`stadig ${verb}: ${problem[ctx.lang]}\n`);
    return exitCodes.invalidInput;
  }
}
