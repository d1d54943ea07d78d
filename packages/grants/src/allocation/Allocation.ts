import type { Money } from '@stadig/core';
import type { GrantDecision, NotGrantedPart } from './GrantDecision';

/**
 * The totals of an allocation round.
 *
 * @example
 * ```ts
 * const summary: AllocationSummary = allocation.summary;
 * summary.approvalPercent;
 * //=> 75
 * ```
 */
export interface AllocationSummary {
  readonly year: number;
  /** The policy's id, and whether it was needed (the eligible parts did not fit). */
  readonly policy: string;
  readonly policyApplied: boolean;
  readonly budget: Money;
  readonly administration: Money;
  /** `budget − administration`. */
  readonly available: Money;
  readonly requested: Money;
  readonly eligible: Money;
  readonly granted: Money;
  /** `available − granted`: what stays with the agency. */
  readonly undistributed: Money;
  /** `requested − granted`, and the same split by reason, largest first. */
  readonly notGranted: Money;
  readonly notGrantedByReason: readonly NotGrantedPart[];
  readonly applications: number;
  readonly full: number;
  readonly partial: number;
  readonly rejected: number;
  /** `full + partial`. */
  readonly approved: number;
  /** `approved ÷ applications` as a whole percent (nearest, halves up); `null` with no application. */
  readonly approvalPercent: number | null;
}

/**
 * What `allocateGrants` returns: one decision per application, in their order, and
 * the summary.
 *
 * @example
 * ```ts
 * const allocation: Allocation = allocateGrants(applications, { year: grantYears[2023] })._unsafeUnwrap();
 * ```
 */
export interface Allocation {
  readonly decisions: readonly GrantDecision[];
  readonly summary: AllocationSummary;
}
