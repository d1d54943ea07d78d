/**
 * `@stadig/cli`: the `stadig` command, and the same command as a function
 * ({@link runCli}) for programs and tests.
 *
 * @packageDocumentation
 */
export type { CliIo } from './CliIo';
export {
  type ResolveJsonRow,
  runMunicipalityResolve,
  toResolveJsonRow,
} from './commands/municipalityResolve';
export { type ExitCode, exitCodes } from './exitCodes';
export { type HelpTopic, helpText } from './help';
export { cliText } from './messages';
export { paint } from './paint';
export { runCli } from './runCli';
export { memoryIo } from './testIo';
export { version } from './version';
