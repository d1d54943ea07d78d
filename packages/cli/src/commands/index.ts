import type { Command } from '../Command';
import { caseStatsCommand } from './caseStats';
import { caseValidateCommand } from './caseValidate';
import { checkCommand } from './check';
import { generateCasesCommand } from './generateCases';
import { grantsAllocateCommand } from './grantsAllocate';
import { grantsReportCommand } from './grantsReport';
import { municipalityResolveCommand } from './municipalityResolve';
import { schemaCommand } from './schema';

/**
 * Every verb of the `stadig` command, in the order the overview help lists them.
 * A new verb is one module in `commands/` and one line here.
 *
 * @example
 * ```ts
 * commands.map((c) => c.words.join(' '));
 * //=> ['municipality resolve', 'check', 'schema', 'case validate', 'case stats', 'generate cases', 'grants report', 'grants allocate']
 * ```
 */
export const commands: readonly Command[] = [
  municipalityResolveCommand,
  checkCommand,
  schemaCommand,
  caseValidateCommand,
  caseStatsCommand,
  generateCasesCommand,
  grantsReportCommand,
  grantsAllocateCommand,
];
