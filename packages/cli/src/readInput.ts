import type { CommandContext } from './Command';
import type { ExitCode } from './exitCodes';
import { reportUnreadable } from './reportUnreadable';

/**
 * Reads a command's input file, or standard input for `-`. A file that cannot be read
 * is invalid input: it is reported on standard error with the path and the system's
 * reason, and exit code 1 is returned instead of the bytes.
 *
 * @param file - a path, or `-` for standard input
 * @param ctx - the command's context
 * @returns the bytes, or `1`
 *
 * @example
 * ```ts
 * const bytes = await readInput('data/statsbidrag-2023-bilaga1.csv', ctx);
 * typeof bytes === 'number' ? 'failed' : bytes.length > 0;
 * //=> true
 * ```
 */
export async function readInput(file: string, ctx: CommandContext): Promise<Uint8Array | ExitCode> {
  try {
    return file === '-' ? await ctx.io.readStdin() : await ctx.io.readFile(file);
  } catch (error) {
    return reportUnreadable(file, error, ctx);
  }
}
