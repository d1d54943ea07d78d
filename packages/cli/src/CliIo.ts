/**
 * What the command reads from and writes to: injected, so that tests and embedding
 * programs can run it without a process.
 *
 * @example
 * ```ts
 * const lines: string[] = [];
 * const io: CliIo = {
 *   stdout: (text) => lines.push(text),
 *   stderr: (text) => lines.push(text),
 *   env: { LANG: 'sv_SE.UTF-8' },
 *   isTerminal: false,
 * };
 * ```
 */
export interface CliIo {
  /** Writes the command's own output (results, JSON). */
  readonly stdout: (text: string) => void;
  /** Writes diagnostics: problems, progress, hints. */
  readonly stderr: (text: string) => void;
  /** Environment variables (`LANG`, `LC_ALL`, `NO_COLOR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal: colour only then. */
  readonly isTerminal: boolean;
}
