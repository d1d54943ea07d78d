import type { Command } from '../Command';
import { caseStatsCommand } from './caseStats';
import { caseValidateCommand } from './caseValidate';
import { checkCommand } from './check';
import { exchangePlanCommand } from './exchangePlan';
import { exportFileCommand } from './exportFile';
import { generateCasesCommand } from './generateCases';
import { generateOffersCommand } from './generateOffers';
import { grantsAllocateCommand } from './grantsAllocate';
import { grantsReportCommand } from './grantsReport';
import { importFileCommand } from './importFile';
import { matchCommand } from './match';
import { municipalityResolveCommand } from './municipalityResolve';
import { schemaCommand } from './schema';

/**
 * Every verb of the `stadig` command, in the order the overview help lists them.
 * A new verb is one module in `commands/` and one line here.
 *
 * @example
 * ```ts
 * commands.map((c) => c.words.join(' '));
 * //=> ['municipality resolve', 'check', 'schema', 'case validate', 'case stats', 'generate cases', 'grants report', 'grants allocate', 'import', 'export', 'match', 'exchange plan', 'generate offers']
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
  importFileCommand,
  exportFileCommand,
  matchCommand,
  exchangePlanCommand,
  generateOffersCommand,
];
