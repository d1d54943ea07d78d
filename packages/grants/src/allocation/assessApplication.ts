import type { Money, Period } from '@stadig/core';
import type { GrantApplication } from '../applications/GrantApplication';
import type { ActivityCategory } from '../categories/activityCategories';
import { type ActivityEligibility, assessActivity } from '../eligibility/assessActivity';
import type { PolicyClaim } from './AllocationPolicy';

/**
 * An application with each activity assessed, and its claim on the funds.
 *
 * @internal
 * @example
 * ```ts
 * const assessed: AssessedApplication = assessApplication(application, grantYears[2023].costWindow);
 * ```
 */
export interface AssessedApplication {
  readonly application: GrantApplication;
  readonly activities: readonly ActivityEligibility[];
  readonly claim: PolicyClaim;
  /** Whether the request, not the eligible costs, limits the eligible part. */
  readonly requestLimited: boolean;
}

/**
 * Assesses every activity of an application and computes its eligible part: the
 * eligible costs in whole kronor, at most the requested amount (rounded down to
 * whole kronor).
 *
 * @internal
 * @param application - the application
 * @param costWindow - the grant year's eligible cost window
 * @returns the assessment and the claim
 *
 * @example
 * ```ts
 * assessApplication(application, grantYears[2023].costWindow).claim.eligible;
 * //=> 70000000
 * ```
 */
export function assessApplication(
  application: GrantApplication,
  costWindow: Period,
): AssessedApplication {
  const activities = application.activities.map((a) => assessActivity(a, costWindow));
  const byCategory: Partial<Record<ActivityCategory, Money>> = {};
  let costs = 0;
  activities.forEach((assessment, i) => {
    const category = application.activities[i]?.category;
    if (category === undefined || !assessment.eligible) return;
    byCategory[category] = ((byCategory[category] ?? 0) + assessment.eligibleCost) as Money;
    costs += assessment.eligibleCost;
  });
  const requestedKronor = Math.floor(application.requested / 100) * 100;
  const eligible = Math.min(costs, requestedKronor) as Money;
  return {
    application,
    activities,
    claim: {
      applicationId: application.id,
      municipalityCode: application.municipalityCode,
      eligible,
      eligibleByCategory: byCategory,
    },
    requestLimited: requestedKronor < costs,
  };
}
