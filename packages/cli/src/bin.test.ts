import { execFile, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = join(dirname(fileURLToPath(import.meta.url)), 'bin.ts');

/** Runs the real binary (on the TypeScript source) in a child process. */
async function stadig(...args: string[]) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--conditions=@stadig/source', '--import', 'tsx', bin, ...args],
      { env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', NO_COLOR: '1' } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the stadig binary', () => {
  it('exits with the documented codes: 0 done, 1 invalid input, 2 usage error', async () => {
    const done = await stadig('municipality', 'resolve', '--json', 'Falu kommun*');
    expect(done.code).toBe(0);
    expect(JSON.parse(done.stdout)).toHaveLength(1);
    expect((await stadig('municipality', 'resolve', 'Atlantis kommun')).code).toBe(1);
    expect((await stadig('no-such-verb')).code).toBe(2);
  }, 30_000);

  it('exits quietly with its own code when the reader closes the pipe early (| head)', async () => {
    const child = spawn(
      process.execPath,
      [
        '--conditions=@stadig/source',
        '--import',
        'tsx',
        bin,
        'municipality',
        'resolve',
        '--json',
        'Falun',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 30_000);
});
