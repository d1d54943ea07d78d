import type { LocalizedText, Money, MunicipalityCode, NonEmptyReadonlyArray } from '@stadig/core';
import type { ActivityCategory } from '../categories/activityCategories';
import type { GrantReason } from '../eligibility/GrantReason';

/**
 * The kinds of decision, with their names: granted in full, granted in part (both
 * count as approved in the approval rate), or rejected.
 *
 * @example
 * ```ts
 * decisionKinds.partial.sv;
 * //=> 'Beviljas delvis'
 * ```
 */
export const decisionKinds = /* @__PURE__ */ (() =>
  ({
    full: { sv: 'Beviljas helt', en: 'Granted in full' },
    partial: { sv: 'Beviljas delvis', en: 'Granted in part' },
    rejected: { sv: 'Avslag', en: 'Rejected' },
  }) as const satisfies Record<string, LocalizedText>)();

/**
 * A kind of decision: `full`, `partial` or `rejected`.
 *
 * @example
 * ```ts
 * const kind: DecisionKind = 'full';
 * ```
 */
export type DecisionKind = keyof typeof decisionKinds;

/**
 * A part of what was asked for and not granted, with the reason.
 *
 * @example
 * ```ts
 * const part: NotGrantedPart = { code: 'ineligible.preventive-work', text: { sv: '…', en: '…' }, amount: 5000000 as Money };
 * ```
 */
export interface NotGrantedPart {
  readonly code: string;
  readonly text: LocalizedText;
  readonly amount: Money;
}

/**
 * The decision on one activity: its cost, the eligible part, what it got, and why.
 *
 * @example
 * ```ts
 * const activity: ActivityDecision = allocation.decisions[0].activities[0];
 * ```
 */
export interface ActivityDecision {
  /** Its index in the application's activities. */
  readonly index: number;
  readonly category: ActivityCategory;
  /** Salary and other costs, in öre. */
  readonly cost: Money;
  readonly eligible: boolean;
  /** The eligible cost in whole kronor (0 when not eligible), in öre. */
  readonly eligibleCost: Money;
  /** What it was granted, in öre (whole kronor). */
  readonly granted: Money;
  /** The category's reason, each ineligibility, and each reduction. */
  readonly reasons: readonly GrantReason[];
}

/**
 * The decision on one application.
 *
 * @example
 * ```ts
 * const decision: GrantDecision = allocation.decisions[0];
 * decision.kind;
 * //=> 'full'
 * ```
 */
export interface GrantDecision {
  readonly applicationId: string;
  readonly municipalityCode: MunicipalityCode;
  readonly kind: DecisionKind;
  /** What was asked for, in öre. */
  readonly requested: Money;
  /** The eligible part: the eligible costs in whole kronor, at most what was asked for. */
  readonly eligible: Money;
  /** What was granted, in öre (whole kronor). */
  readonly granted: Money;
  /** `requested − granted`, split by reason. */
  readonly notGranted: readonly NotGrantedPart[];
  readonly activities: NonEmptyReadonlyArray<ActivityDecision>;
  /** Every reason of its activities, once each. */
  readonly reasons: readonly GrantReason[];
}
