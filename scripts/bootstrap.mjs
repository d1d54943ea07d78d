#!/usr/bin/env node
// Makes a fresh clone ready to run: installs the pinned pnpm (when missing) and the
// locked dependencies (when the lockfile changed since the last install).
// Runs before `pnpm test`, `pnpm demo` and `pnpm bench`, so that `npm test` and
// `npm run demo` work on a machine that has nothing but Node.js and npm.
// It is quick when there is nothing to do: it only compares a hash.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pnpmVersion = String(manifest.packageManager).replace(/^pnpm@/, '');
const stampFile = join(root, 'node_modules', '.stadig-install-stamp');

function lockHash() {
  const lock = join(root, 'pnpm-lock.yaml');
  return createHash('sha256')
    .update(existsSync(lock) ? readFileSync(lock) : '')
    .update(pnpmVersion)
    .digest('hex');
}

function pnpmCommand() {
  try {
    const found = execFileSync('pnpm', ['--version'], { encoding: 'utf8', stdio: 'pipe' }).trim();
    if (found === pnpmVersion) return { cmd: 'pnpm', args: [] };
  } catch {
    // not installed: fall through to npx
  }
  return { cmd: 'npx', args: ['--yes', `pnpm@${pnpmVersion}`] };
}

const wanted = lockHash();
const current = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : '';
if (current !== wanted) {
  const { cmd, args } = pnpmCommand();
  process.stderr.write(`stadig: installing the locked dependencies with pnpm ${pnpmVersion}…\n`);
  execFileSync(cmd, [...args, 'install', '--frozen-lockfile'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
    env: { ...process.env, COREPACK_ENABLE_STRICT: '0' },
  });
  writeFileSync(stampFile, wanted);
}
