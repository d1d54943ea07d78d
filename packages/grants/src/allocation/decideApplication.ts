import { allocateLargestRemainder, assert, assertMessages, type Money } from '@stadig/core';
import type { GrantReason } from '../eligibility/GrantReason';
import { grantRules } from '../eligibility/grantRules';
import type { AllocationPolicy } from './AllocationPolicy';
import type { AssessedApplication } from './assessApplication';
import type {
  ActivityDecision,
  DecisionKind,
  GrantDecision,
  NotGrantedPart,
} from './GrantDecision';

/**
 * Turns an assessed application and its grant into a decision: the grant split over
 * the eligible activities in proportion to their eligible costs (largest remainder,
 * whole kronor, so the activities add up to the grant exactly), each activity's
 * reasons, the kind of decision, and what was not granted, by reason.
 *
 * @internal
 * @param assessed - the assessed application
 * @param granted - its grant, in öre (whole kronor, at most its eligible part)
 * @param policy - the policy, for the reason of a reduction
 * @returns the decision
 *
 * @example
 * ```ts
 * decideApplication(assessed, assessed.claim.eligible, proRataPolicy).kind;
 * //=> 'full'
 * ```
 */
export function decideApplication(
  assessed: AssessedApplication,
  granted: Money,
  policy: AllocationPolicy,
): GrantDecision {
  const { application, activities, claim } = assessed;
  const weights = activities.map((a) => a.eligibleCost);
  const split =
    granted > 0
      ? allocateLargestRemainder(granted, weights, { unit: 'krona' }).unwrapOr(
          weights.map(() => 0 as Money),
        )
      : weights.map(() => 0 as Money);
  const cut = granted < claim.eligible;
  const decisions = activities.map((a, index): ActivityDecision => {
    const got = split[index] ?? (0 as Money);
    const reasons: GrantReason[] = [...a.reasons];
    if (a.eligible && got < a.eligibleCost && assessed.requestLimited) {
      reasons.push({ code: 'reduced.request', ...grantRules['reduced.request'] });
    }
    if (a.eligible && got < a.eligibleCost && cut) reasons.push(policy.reduction);
    const category = application.activities[index]?.category ?? 'other';
    return {
      index,
      category,
      cost: a.cost,
      eligible: a.eligible,
      eligibleCost: a.eligibleCost,
      granted: got,
      reasons,
    };
  });
  const [first, ...rest] = decisions;
  assert(first !== undefined, assertMessages.unreachable); // an application has an activity
  const requestedKronor = Math.floor(application.requested / 100) * 100;
  const kind: DecisionKind =
    granted <= 0 ? 'rejected' : granted >= requestedKronor ? 'full' : 'partial';
  const reasons = [
    ...new Map(decisions.flatMap((d) => d.reasons).map((r) => [r.code, r])).values(),
  ];
  return {
    applicationId: application.id,
    municipalityCode: application.municipalityCode,
    kind,
    requested: application.requested,
    eligible: claim.eligible,
    granted,
    notGranted: notGrantedParts(assessed, granted, policy),
    activities: [first, ...rest],
    reasons,
  };
}

/** `requested − granted` by reason: the policy's cut, and the rest over the ineligible costs. */
function notGrantedParts(
  assessed: AssessedApplication,
  granted: Money,
  policy: AllocationPolicy,
): NotGrantedPart[] {
  const parts: NotGrantedPart[] = [];
  const cut = assessed.claim.eligible - granted;
  if (cut > 0)
    parts.push({ code: policy.reduction.code, text: policy.reduction.text, amount: cut as Money });
  const rest = (assessed.application.requested - assessed.claim.eligible) as Money;
  if (rest <= 0) return parts;
  const rounding = grantRules['rounding.whole-kronor'];
  if (assessed.requestLimited)
    return [...parts, { code: 'rounding.whole-kronor', text: rounding.text, amount: rest }];
  const byReason = new Map<string, { text: GrantReason['text']; weight: number }>();
  byReason.set('rounding.whole-kronor', { text: rounding.text, weight: 0 });
  for (const a of assessed.activities) {
    const reason = a.reasons[0];
    const key = a.eligible || reason === undefined ? 'rounding.whole-kronor' : reason.code;
    const weight = a.eligible ? a.cost - a.eligibleCost : a.cost;
    const entry = byReason.get(key) ?? { text: reason?.text ?? rounding.text, weight: 0 };
    byReason.set(key, { text: entry.text, weight: entry.weight + weight });
  }
  const entries = [...byReason.entries()].filter(([, e]) => e.weight > 0);
  const shares = allocateLargestRemainder(
    rest,
    entries.map(([, e]) => e.weight),
  ).unwrapOr([]);
  if (shares.length === 0)
    parts.push({ code: 'rounding.whole-kronor', text: rounding.text, amount: rest });
  entries.forEach(([code, e], i) => {
    const amount = shares[i] ?? 0;
    if (amount > 0) parts.push({ code, text: e.text, amount: amount as Money });
  });
  return parts;
}
