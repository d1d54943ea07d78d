#!/usr/bin/env node
// `pnpm stadig <verb> …`: runs the built `stadig` command from the repository root.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bin = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'packages',
  'cli',
  'dist',
  'bin.js',
);
if (!existsSync(bin)) {
  process.stderr.write('stadig: the command is not built yet; run `pnpm build` first.\n');
  process.exit(2);
}
await import(pathToFileURL(bin).href);
