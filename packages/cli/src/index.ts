/**
 * `@stadig/cli`: the `stadig` command, and the same command as a function
 * ({@link runCli}) for programs and tests.
 *
 * @packageDocumentation
 */

export { asOfFlag } from './asOfFlag';
export type { CliIo } from './CliIo';
export type { Command, CommandContext } from './Command';
export { commands } from './commands';
export { caseStatsCommand } from './commands/caseStats';
export { caseValidateCommand } from './commands/caseValidate';
export { checkCommand } from './commands/check';
export { generateCasesCommand, syntheticCaseInputs } from './commands/generateCases';
export { grantsAllocateCommand } from './commands/grantsAllocate';
export { grantsReportCommand } from './commands/grantsReport';
export {
  municipalityResolveCommand,
  type ResolveJsonRow,
  runMunicipalityResolve,
  toResolveJsonRow,
} from './commands/municipalityResolve';
export { schemaCommand } from './commands/schema';
export { type ExitCode, exitCodes } from './exitCodes';
export { formatProblem } from './formatProblem';
export { overviewHelp } from './help';
export { cliText } from './messages';
export { nodeIo } from './nodeIo';
export { paint } from './paint';
export { parseCommandArgs, usageError } from './parseCommandArgs';
export { readInput } from './readInput';
export { readJsonInput } from './readJsonInput';
export { renderVegaLiteSvg } from './renderVegaLiteSvg';
export { runCli } from './runCli';
export { type MemoryIoOptions, memoryIo, runInMemory } from './testIo';
export { version } from './version';
