import type { Command } from '../Command';
import { grantsAllocateCommand } from './grantsAllocate';
import { grantsReportCommand } from './grantsReport';
import { municipalityResolveCommand } from './municipalityResolve';

/**
 * Every verb of the `stadig` command, in the order the overview help lists them.
 * A new verb is one module in `commands/` and one line here.
 *
 * @example
 * ```ts
 * commands.map((c) => c.words.join(' '));
 * //=> ['municipality resolve', 'grants report', 'grants allocate', …]
 * ```
 */
export const commands: readonly Command[] = [
  municipalityResolveCommand,
  grantsReportCommand,
  grantsAllocateCommand,
];
