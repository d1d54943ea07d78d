#!/usr/bin/env node
import { nodeIo } from './nodeIo';
import { runCli } from './runCli';

void runCli(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
