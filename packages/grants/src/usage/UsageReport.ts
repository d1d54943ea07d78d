import type { DateOnly, Money, MunicipalityCode } from '@stadig/core';
import type { ActivityCategory } from '../categories/activityCategories';
import type { UnusedReason } from './unusedReasons';

/**
 * One line of a usage report: what was used on a category, salary and other costs.
 *
 * @example
 * ```ts
 * const line: UsageLine = { category: 'cooperation-landlords', salary: 50000000 as Money, other: 2000000 as Money };
 * ```
 */
export interface UsageLine {
  readonly category: ActivityCategory;
  readonly salary: Money;
  readonly other: Money;
}

/**
 * A clawback decision (återkrav): the agency reclaims money not used as the
 * conditions say; it adds to what the recipient must pay back.
 *
 * @example
 * ```ts
 * const clawback: Clawback = { amount: 11019100 as Money, decided: null };
 * ```
 */
export interface Clawback {
  readonly amount: Money;
  readonly decided: DateOnly | null;
}

/**
 * A recipient's validated usage report (återrapportering) for a grant: what it was
 * granted, what it used per category, why it left money unused, clawbacks decided,
 * and what it has paid back. Obtain one from `parseUsageReport`.
 *
 * @example
 * ```ts
 * const report: UsageReport = parseUsageReport({
 *   municipality: 'Falu kommun', year: 2023, granted: 700000,
 *   used: [{ category: 'cooperation-landlords', salary: 500000, other: 15637 }],
 *   unusedReasons: ['other'], clawbacks: [{ amount: 110191 }], repaid: 294554,
 * })._unsafeUnwrap();
 * ```
 */
export interface UsageReport {
  readonly municipalityCode: MunicipalityCode;
  readonly year: number;
  readonly granted: Money;
  readonly used: readonly UsageLine[];
  readonly unusedReasons: readonly UnusedReason[];
  readonly clawbacks: readonly Clawback[];
  /** What has been paid back so far, in öre. */
  readonly repaid: Money;
}
