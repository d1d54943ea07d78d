import type { Lang } from '@stadig/core';
import type { CliIo } from './CliIo';
import type { Command } from './Command';
import type { ExitCode } from './exitCodes';

/**
 * Options of {@link memoryIo}.
 *
 * @example
 * ```ts
 * const options: MemoryIoOptions = { env: { LANG: 'en_GB.UTF-8' }, files: { 'x.csv': 'a;b' }, today: '2026-11-21' };
 * ```
 */
export interface MemoryIoOptions {
  /** Environment variables the command sees. */
  readonly env?: Record<string, string | undefined>;
  /** Files the command can read, by path: text (UTF-8) or bytes. */
  readonly files?: Record<string, string | Uint8Array>;
  /** What standard input holds. */
  readonly stdin?: string | Uint8Array;
  /** Today's date, `YYYY-MM-DD`. Default `2026-01-01`. */
  readonly today?: string;
}

/**
 * An in-memory {@link CliIo} for tests and embedding: collects what the command
 * writes and serves files and standard input from memory.
 *
 * @param options - environment, files, standard input and today's date
 * @returns the io, the collected output, and the files written
 *
 * @example
 * ```ts
 * const { io, out } = memoryIo({ env: { LANG: 'en_GB.UTF-8' } });
 * await runCli(['--version'], io);
 * out.stdout.length > 0;
 * //=> true
 * ```
 */
export function memoryIo(options: MemoryIoOptions = {}): {
  io: CliIo;
  out: { stdout: string; stderr: string };
  written: Map<string, string | Uint8Array>;
} {
  const out = { stdout: '', stderr: '' };
  const written = new Map<string, string | Uint8Array>();
  const bytes = (data: string | Uint8Array) =>
    typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return {
    out,
    written,
    io: {
      stdout: (text) => {
        out.stdout += text;
      },
      stderr: (text) => {
        out.stderr += text;
      },
      env: options.env ?? {},
      isTerminal: false,
      readFile: async (path) => {
        // Own entries only: a path such as `constructor` is no file.
        const files = options.files;
        const file = files !== undefined && Object.hasOwn(files, path) ? files[path] : undefined;
        if (file === undefined) throw new Error(`ENOENT: no such file: ${path}`);
        return bytes(file);
      },
      readStdin: async () => bytes(options.stdin ?? ''),
      writeFile: async (path, data) => {
        written.set(path, data);
      },
      today: () => options.today ?? '2026-01-01',
    },
  };
}

/**
 * Runs one command in memory: files given as text (or any JSON value, written as JSON),
 * optional standard input, and today's date `2026-01-01` unless said otherwise. For
 * tests, and for programs that embed a verb.
 *
 * @param command - the verb to run
 * @param args - its arguments (after its words)
 * @param options - files, standard input, the language and today's date
 * @returns the exit code and what was written to standard output and error
 *
 * @example
 * ```ts
 * const r = await runInMemory(checkCommand, ['a.json', '--json'], { files: { 'a.json': solution } });
 * r.code;
 * //=> 0
 * ```
 */
export async function runInMemory(
  command: Command,
  args: readonly string[],
  options: {
    readonly files?: Record<string, unknown>;
    readonly stdin?: string;
    readonly lang?: Lang;
    readonly today?: string;
  } = {},
): Promise<{ code: ExitCode; stdout: string; stderr: string }> {
  const files = Object.fromEntries(
    Object.entries(options.files ?? {}).map(([path, value]) => [
      path,
      typeof value === 'string' || value instanceof Uint8Array ? value : JSON.stringify(value),
    ]),
  );
  const { io, out } = memoryIo({
    files,
    today: options.today ?? '2026-01-01',
    ...(options.stdin === undefined ? {} : { stdin: options.stdin }),
  });
  const code = await command.run(args, { io, lang: options.lang ?? 'en' });
  return { code, ...out };
}
