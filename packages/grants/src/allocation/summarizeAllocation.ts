import type { Money } from '@stadig/core';
import { roundedPercent } from '../percent/roundedPercent';
import type { AllocationSummary } from './Allocation';
import type { GrantDecision, NotGrantedPart } from './GrantDecision';

/**
 * Adds up a round's decisions: totals, not granted by reason (largest first), counts
 * per kind and the approval rate (full + partial ÷ applications, whole percent).
 *
 * @internal
 * @param decisions - the decisions
 * @param round - the year, policy and amounts of the round
 * @returns the summary
 *
 * @example
 * ```ts
 * summarizeAllocation(decisions, { year: 2023, policy: 'pro-rata', policyApplied: false, budget, administration }).approved;
 * //=> 54
 * ```
 */
export function summarizeAllocation(
  decisions: readonly GrantDecision[],
  round: Pick<AllocationSummary, 'year' | 'policy' | 'policyApplied' | 'budget' | 'administration'>,
): AllocationSummary {
  const sum = (pick: (d: GrantDecision) => number) =>
    decisions.reduce((t, d) => t + pick(d), 0) as Money;
  const count = (kind: GrantDecision['kind']) => decisions.filter((d) => d.kind === kind).length;
  const byReason = new Map<string, NotGrantedPart>();
  for (const part of decisions.flatMap((d) => d.notGranted)) {
    const amount = (byReason.get(part.code)?.amount ?? 0) + part.amount;
    byReason.set(part.code, { ...part, amount: amount as Money });
  }
  const available = (round.budget - round.administration) as Money;
  const granted = sum((d) => d.granted);
  const requested = sum((d) => d.requested);
  const [full, partial, rejected] = [count('full'), count('partial'), count('rejected')];
  return {
    ...round,
    available,
    requested,
    eligible: sum((d) => d.eligible),
    granted,
    undistributed: (available - granted) as Money,
    notGranted: (requested - granted) as Money,
    notGrantedByReason: [...byReason.values()].sort(
      (a, b) => b.amount - a.amount || (a.code < b.code ? -1 : 1),
    ),
    applications: decisions.length,
    full,
    partial,
    rejected,
    approved: full + partial,
    approvalPercent: roundedPercent(full + partial, decisions.length),
  };
}
