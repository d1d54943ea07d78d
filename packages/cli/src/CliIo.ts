/**
 * What the command reads from and writes to: injected, so that tests and embedding
 * programs can run it without a process.
 *
 * @example
 * ```ts
 * const { io, out } = memoryIo({ env: { LANG: 'sv_SE.UTF-8' }, files: { 'a.json': '{}' } });
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
  /** Whether standard error is a terminal: progress bars are drawn only then. */
  readonly stderrIsTerminal?: boolean;
  /** Reads a whole file as bytes; rejects when it cannot be read. */
  /**
   * Opens a file to read in chunks (large imports in constant memory). Optional: without
   * it, commands read the whole file with `readFile`.
   */
  readonly openFile?: (path: string) => AsyncIterable<Uint8Array>;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** Reads all of standard input as bytes. */
  readonly readStdin: () => Promise<Uint8Array>;
  /** Writes a whole file (creating or replacing it). */
  readonly writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /** Today's date in the local time zone, `YYYY-MM-DD`: the default `--as-of`. */
  readonly today: () => string;
}
