import type { Lang, LocalizedText } from '@stadig/core';
import type { CliIo } from './CliIo';
import type { ExitCode } from './exitCodes';

/**
 * What every command gets besides its arguments: the I/O and the language the
 * user reads.
 *
 * @example
 * ```ts
 * const ctx: CommandContext = { io: memoryIo().io, lang: 'sv' };
 * ```
 */
export interface CommandContext {
  /** Where output goes, how files and standard input are read. */
  readonly io: CliIo;
  /** The language of messages (`--lang`, or from `LANG`). */
  readonly lang: Lang;
}

/**
 * One verb of the `stadig` command: its words, a one-line summary, its help (with
 * an example) and what it does. The registry of commands is `commands`.
 *
 * @example
 * ```ts
 * const hello: Command = {
 *   words: ['hello'],
 *   summary: { sv: 'Säger hej.', en: 'Says hello.' },
 *   help: { sv: 'stadig hello\n\nExempel\n  stadig hello\n', en: 'stadig hello\n\nExample\n  stadig hello\n' },
 *   run: async (_args, { io }) => { io.stdout('hello\n'); return 0; },
 * };
 * ```
 */
export interface Command {
  /** The words that name it, such as `['municipality', 'resolve']`. */
  readonly words: readonly string[];
  /** One line for the overview help. */
  readonly summary: LocalizedText;
  /** The full help: usage, flags, exit codes and at least one example. */
  readonly help: LocalizedText;
  /**
   * Runs it with the arguments after its words (global `--lang` and `--help`
   * already taken out).
   */
  readonly run: (args: readonly string[], ctx: CommandContext) => Promise<ExitCode>;
}
