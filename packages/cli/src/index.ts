/**
 * `@stadig/cli`: the `stadig` command, and the same command as a function
 * ({@link runCli}) for programs and tests.
 *
 * @packageDocumentation
 */
export type { CliIo } from './CliIo';
export type { Command, CommandContext } from './Command';
export { commands } from './commands';
export {
  municipalityResolveCommand,
  type ResolveJsonRow,
  runMunicipalityResolve,
  toResolveJsonRow,
} from './commands/municipalityResolve';
export { type ExitCode, exitCodes } from './exitCodes';
export { overviewHelp } from './help';
export { cliText } from './messages';
export { nodeIo } from './nodeIo';
export { paint } from './paint';
export { parseCommandArgs, usageError } from './parseCommandArgs';
export { runCli } from './runCli';
export { type MemoryIoOptions, memoryIo } from './testIo';
export { version } from './version';
