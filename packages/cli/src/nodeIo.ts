import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { CliIo } from './CliIo';

/**
 * The {@link CliIo} of a real process: standard streams, the file system and the
 * local clock.
 *
 * @returns the io the `stadig` binary uses
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), nodeIo());
 * ```
 */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    isTerminal: process.stdout.isTTY === true,
    stderrIsTerminal: process.stderr.isTTY === true,
    readFile: async (path) => new Uint8Array(await readFile(path)),
    openFile: (path) => createReadStream(path),
    readStdin: async () => {
      const chunks: Uint8Array[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Uint8Array);
      return new Uint8Array(Buffer.concat(chunks));
    },
    writeFile: (path, data) => writeFile(path, data),
    today: () => {
      const now = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    },
  };
}
