import { createErrorFactory, type StadigError } from '@stadig/core';
import { allocationMessages } from '../allocation/messages';
import { usageMessages } from './messages';
import type { UsageReport } from './UsageReport';

const usageError = createErrorFactory(usageMessages);
const totalError = createErrorFactory(allocationMessages);

/**
 * The consistency problems of a usage report, computed exactly (BigInt): used more
 * than granted, paid back more than is due (unused + clawbacks), or reasons for
 * unused funds when nothing is unused.
 *
 * @internal
 * @param report - the report
 * @returns the problems, possibly none
 *
 * @example
 * ```ts
 * usageProblems({ ...report, used: [{ category: 'other', salary: 90000000 as Money, other: 0 as Money }] })[0]?.code;
 * //=> 'grants.used-exceeds-granted'
 * ```
 */
export function usageProblems(report: UsageReport): StadigError[] {
  const problems: StadigError[] = [];
  const used = report.used.reduce(
    (sum, line) => sum + BigInt(line.salary) + BigInt(line.other),
    0n,
  );
  const granted = BigInt(report.granted);
  const clawback = report.clawbacks.reduce((sum, c) => sum + BigInt(c.amount), 0n);
  if (granted - used + clawback > BigInt(Number.MAX_SAFE_INTEGER)) {
    problems.push(totalError('grants.total-too-large', {}, ['clawbacks']));
  }
  if (used > granted) problems.push(usageError('grants.used-exceeds-granted', {}, ['used']));
  else if (BigInt(report.repaid) > granted - used + clawback) {
    problems.push(usageError('grants.repaid-exceeds-due', {}, ['repaid']));
  }
  if (used === granted && report.unusedReasons.length > 0) {
    problems.push(usageError('grants.reasons-without-unused', {}, ['unusedReasons']));
  }
  return problems;
}
