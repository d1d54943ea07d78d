import {
  err,
  type Money,
  type MunicipalityCode,
  type NonEmptyReadonlyArray,
  ok,
  type Result,
  type StadigError,
} from '@stadig/core';
import { match, P } from 'ts-pattern';
import type { ActivityCategory } from '../categories/activityCategories';
import { roundedPercent } from '../percent/roundedPercent';
import type { UsageReport } from './UsageReport';
import type { UnusedReason, UsageStatus } from './unusedReasons';
import { usageProblems } from './usageProblems';

/**
 * What a usage report comes to: the used amount per category and the salary share,
 * the unused amount, what must be paid back (unused + clawbacks), what is still
 * outstanding, and the recipient's status.
 *
 * @example
 * ```ts
 * const assessment: UsageAssessment = assessUsage(report)._unsafeUnwrap();
 * assessment.totalDue;
 * //=> 29455400
 * ```
 */
export interface UsageAssessment {
  readonly municipalityCode: MunicipalityCode;
  readonly year: number;
  readonly granted: Money;
  readonly used: Money;
  readonly unused: Money;
  /** Unused ÷ granted, whole percent (nearest, halves up); `null` when nothing was granted. */
  readonly unusedPercent: number | null;
  readonly byCategory: readonly {
    readonly category: ActivityCategory;
    readonly salary: Money;
    readonly other: Money;
  }[];
  readonly salary: Money;
  /** Salary ÷ used, whole percent; `null` when nothing was used. */
  readonly salarySharePercent: number | null;
  readonly unusedReasons: readonly UnusedReason[];
  /** The repayment due: `granted − used`, never negative. */
  readonly repaymentDue: Money;
  /** The clawbacks decided. */
  readonly clawback: Money;
  /** `repaymentDue + clawback`. */
  readonly totalDue: Money;
  readonly repaid: Money;
  /** `totalDue − repaid`. */
  readonly outstanding: Money;
  readonly status: UsageStatus;
}

/**
 * Assesses a usage report: repayment due = granted − used; clawbacks add to what is
 * due; the status follows from what is due and paid back. A report that used more
 * than it was granted (or paid back more than due) is an error, never a negative
 * repayment. Never throws.
 *
 * @param report - a validated usage report
 * @returns the assessment, or the consistency problems
 *
 * @example
 * ```ts
 * // Falun 2023 (seed 004, Bilaga 1 and its footnote): 184 363 kr unused, 110 191 kr clawback
 * assessUsage(falun)._unsafeUnwrap().totalDue;
 * //=> 29455400
 * ```
 */
export function assessUsage(
  report: UsageReport,
): Result<UsageAssessment, NonEmptyReadonlyArray<StadigError>> {
  const [problem, ...others] = usageProblems(report);
  if (problem !== undefined) return err([problem, ...others]);
  const byCategory = new Map<ActivityCategory, { salary: number; other: number }>();
  for (const line of report.used) {
    const entry = byCategory.get(line.category) ?? { salary: 0, other: 0 };
    byCategory.set(line.category, {
      salary: entry.salary + line.salary,
      other: entry.other + line.other,
    });
  }
  const salary = report.used.reduce((sum, l) => sum + l.salary, 0);
  const used = salary + report.used.reduce((sum, l) => sum + l.other, 0);
  const unused = report.granted - used;
  const clawback = report.clawbacks.reduce((sum, c) => sum + c.amount, 0);
  const totalDue = unused + clawback;
  const outstanding = totalDue - report.repaid;
  const status = match({ totalDue, outstanding, clawback })
    .returnType<UsageStatus>()
    .with({ totalDue: 0 }, () => 'fully-used')
    .with({ outstanding: 0 }, () => 'repaid')
    .with({ clawback: P.number.positive() }, () => 'clawback')
    .otherwise(() => 'repaying');
  return ok({
    municipalityCode: report.municipalityCode,
    year: report.year,
    granted: report.granted,
    used: used as Money,
    unused: unused as Money,
    unusedPercent: roundedPercent(unused, report.granted),
    byCategory: [...byCategory].map(([category, e]) => ({
      category,
      salary: e.salary as Money,
      other: e.other as Money,
    })),
    salary: salary as Money,
    salarySharePercent: roundedPercent(salary, used),
    unusedReasons: report.unusedReasons,
    repaymentDue: unused as Money,
    clawback: clawback as Money,
    totalDue: totalDue as Money,
    repaid: report.repaid,
    outstanding: outstanding as Money,
    status,
  });
}
