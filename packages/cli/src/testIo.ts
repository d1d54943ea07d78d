import type { CliIo } from './CliIo';

/**
 * An in-memory {@link CliIo} for tests and embedding: collects what the command writes.
 *
 * @param env - environment variables the command sees
 * @returns the io and the collected output
 *
 * @example
 * ```ts
 * const { io, out } = memoryIo({ LANG: 'en_GB.UTF-8' });
 * await runCli(['--version'], io);
 * out.stdout.length > 0;
 * //=> true
 * ```
 */
export function memoryIo(env: Record<string, string | undefined> = {}): {
  io: CliIo;
  out: { stdout: string; stderr: string };
} {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout: (text) => {
        out.stdout += text;
      },
      stderr: (text) => {
        out.stderr += text;
      },
      env,
      isTerminal: false,
    },
  };
}
