import { type DateOnly, parseDateOnly } from '@stadig/core';
import type { CommandContext } from './Command';
import type { ExitCode } from './exitCodes';
import { cliText } from './messages';
import { usageError } from './parseCommandArgs';

/**
 * Parses the `--as-of` flag (default: today from the io), reporting a usage error.
 *
 * @param value - the flag's value, or `undefined`
 * @param ctx - the command's context
 * @returns the date, or exit code 2
 *
 * @example
 * ```ts
 * asOfFlag('2025-02-30', ctx);
 * //=> 2
 * ```
 */
export function asOfFlag(value: string | undefined, ctx: CommandContext): DateOnly | ExitCode {
  const asOf = parseDateOnly(value ?? ctx.io.today());
  return asOf.isOk() ? asOf.value : usageError(ctx, cliText.badAsOf[ctx.lang]);
}
