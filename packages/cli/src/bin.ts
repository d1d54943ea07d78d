#!/usr/bin/env node
import { nodeIo } from './nodeIo';
import { runCli } from './runCli';

// A reader that stops early (`stadig … | head`) closes the pipe. What is left to print
// then has nowhere to go; that is not a failure of the command, which finishes its
// work (an import still completes and closes its store) and exits with its own code.
const closedPipe = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (!closedPipe.has(error.code ?? '')) throw error;
  });
}

void runCli(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
