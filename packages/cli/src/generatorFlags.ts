import type { DateOnly } from '@stadig/core';
import { asOfFlag } from './asOfFlag';
import type { CommandContext } from './Command';
import type { ExitCode } from './exitCodes';
import { parseCommandArgs, usageError } from './parseCommandArgs';

/** The most a generator verb makes in one run. */
export const MAX_GENERATED = 100_000;

const t = {
  extra: { sv: 'tar inga filer', en: 'takes no files' },
  badCount: {
    sv: `--count måste vara ett heltal 1–${MAX_GENERATED}`,
    en: `--count must be a whole number 1–${MAX_GENERATED}`,
  },
  badSeed: { sv: '--seed måste vara ett heltal', en: '--seed must be an integer' },
} as const;

const integer = (text: string | undefined): number | undefined =>
  text !== undefined && /^-?\d{1,16}$/.test(text.trim()) ? Number(text.trim()) : undefined;

/**
 * The flags every `stadig generate …` verb takes: `--count N` (1–100 000), `--seed S`
 * (any integer; a negative one as `--seed=-12`) and `--as-of D` (default: today), and
 * no files. A usage error is written and returned as its exit code.
 *
 * @param verb - the verb, for messages (`'generate cases'`)
 * @param args - the arguments after the verb
 * @param ctx - the command's context
 * @returns the count, seed and day, or the exit code of a usage error
 *
 * @example
 * ```ts
 * generatorFlags('generate offers', ['--count', '2', '--seed', '1'], ctx);
 * //=> { count: 2, seed: 1, asOf: '2026-11-21' }
 * ```
 */
export function generatorFlags(
  verb: string,
  args: readonly string[],
  ctx: CommandContext,
): { readonly count: number; readonly seed: number; readonly asOf: DateOnly } | ExitCode {
  const parsed = parseCommandArgs(
    args,
    {
      count: { type: 'string' },
      seed: { type: 'string' },
      'as-of': { type: 'string' },
      // Accepted so that --json works with every verb: a generator prints JSON anyway.
      json: { type: 'boolean' },
    },
    ctx,
  );
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length > 0)
    return usageError(ctx, `${verb} ${t.extra[ctx.lang]}`, parsed.positionals.length.toString());
  const count = integer(parsed.values.count);
  if (count === undefined || count < 1 || count > MAX_GENERATED)
    return usageError(ctx, t.badCount[ctx.lang]);
  const seed = integer(parsed.values.seed);
  if (seed === undefined || !Number.isSafeInteger(seed))
    return usageError(ctx, t.badSeed[ctx.lang]);
  const asOf = asOfFlag(parsed.values['as-of'], ctx);
  if (typeof asOf === 'number') return asOf;
  return { count, seed, asOf };
}
