import type { Money, Period } from '@stadig/core';
import type { GrantActivity } from '../applications/GrantApplication';
import { activityCategories } from '../categories/activityCategories';
import { ineligiblePurposes } from '../categories/ineligiblePurposes';
import type { GrantReason } from './GrantReason';
import { grantRules } from './grantRules';

/**
 * What {@link assessActivity} concludes about one activity.
 *
 * @example
 * ```ts
 * const result: ActivityEligibility = { eligible: true, cost: 100000 as Money, eligibleCost: 100000 as Money, reasons: [] };
 * ```
 */
export interface ActivityEligibility {
  /** Whether the grant may fund it. */
  readonly eligible: boolean;
  /** Its costs, salary and other, in öre. */
  readonly cost: Money;
  /** The part that may be funded: its costs in whole kronor (rounded down), or 0. */
  readonly eligibleCost: Money;
  /** Every reason: the category's when eligible, each ineligibility otherwise. */
  readonly reasons: readonly GrantReason[];
}

/**
 * Decides whether an activity may be funded: it must not serve an ineligible purpose
 * (preventive work, emergency apartments, support to individuals, statutory duties)
 * and its period must lie wholly within the year's eligible cost window (an open-ended
 * period never does). Every reason that applies is listed. Grants are whole kronor, so
 * the eligible cost is the cost rounded down to whole kronor.
 *
 * @param activity - the activity
 * @param costWindow - the grant year's eligible cost window
 * @returns eligibility, the eligible cost and the reasons
 *
 * @example
 * ```ts
 * assessActivity(
 *   { category: 'social-contracts', salaryCosts: 5000000 as Money, otherCosts: 0 as Money,
 *     period: { from: '2023-02-01', to: '2023-06-30' } as Period, ineligiblePurposes: [] },
 *   grantYears[2023].costWindow,
 * ).eligible;
 * //=> true
 * ```
 */
export function assessActivity(activity: GrantActivity, costWindow: Period): ActivityEligibility {
  const cost = (activity.salaryCosts + activity.otherCosts) as Money;
  const reasons: GrantReason[] = activity.ineligiblePurposes.map((purpose) => ({
    code: `ineligible.${purpose}`,
    text: ineligiblePurposes[purpose].reason,
    source: ineligiblePurposes[purpose].source,
  }));
  if (!withinWindow(activity.period, costWindow)) {
    const rule = grantRules['ineligible.outside-cost-window'];
    reasons.push({ code: 'ineligible.outside-cost-window', ...rule });
  }
  if (reasons.length > 0) return { eligible: false, cost, eligibleCost: 0 as Money, reasons };
  const category = activityCategories[activity.category];
  const code = category.eligibility === 'eligible' ? 'eligible.category' : 'eligible.case-by-case';
  const eligibleCost = (Math.floor(cost / 100) * 100) as Money;
  return {
    eligible: true,
    cost,
    eligibleCost,
    reasons: [{ code, text: category.reason, source: category.source }],
  };
}

function withinWindow(period: Period, window: Period): boolean {
  if (period.to === undefined || window.to === undefined) return false;
  return window.from <= period.from && period.to <= window.to;
}
