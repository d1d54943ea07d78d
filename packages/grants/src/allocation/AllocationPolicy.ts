import type { LocalizedText, Money, MunicipalityCode } from '@stadig/core';
import type { ActivityCategory } from '../categories/activityCategories';
import type { GrantReason } from '../eligibility/GrantReason';

/**
 * What a policy sees of one application: its eligible part and where it comes from.
 *
 * @example
 * ```ts
 * const claim: PolicyClaim = {
 *   applicationId: 'A-1', municipalityCode: '2080' as MunicipalityCode,
 *   eligible: 70000000 as Money, eligibleByCategory: { 'cooperation-landlords': 70000000 as Money },
 * };
 * ```
 */
export interface PolicyClaim {
  readonly applicationId: string;
  readonly municipalityCode: MunicipalityCode;
  /** The eligible part of the application, in öre (whole kronor). */
  readonly eligible: Money;
  /**
   * The eligible costs per category, in öre (whole kronor). They may add up to more
   * than `eligible` when the application asked for less than its eligible costs.
   */
  readonly eligibleByCategory: Readonly<Partial<Record<ActivityCategory, Money>>>;
}

/**
 * How the available amount is shared when the eligible parts do not fit in it: a
 * small pure record. `allocate` gets the claims and the available amount (less than
 * their total) and returns one amount per claim, in whole kronor, each at most the
 * claim's eligible part, together at most the available amount; `allocateGrants`
 * checks that and reports a policy that breaks it. `reduction` is the reason given to
 * an application that got less than its eligible part.
 *
 * @example
 * ```ts
 * const everyoneHalf: AllocationPolicy = {
 *   id: 'half',
 *   name: { sv: 'Hälften', en: 'Half' },
 *   reduction: { code: 'reduced.half', text: { sv: 'Hälften.', en: 'Half.' }, source: null },
 *   allocate: (claims) => claims.map((c) => (Math.floor(c.eligible / 200) * 100) as Money),
 * };
 * ```
 */
export interface AllocationPolicy {
  /** A short id, such as `'pro-rata'`. */
  readonly id: string;
  /** Its name for people. */
  readonly name: LocalizedText;
  /** The reason an application gets when the policy gave it less than its eligible part. */
  readonly reduction: GrantReason;
  /** Shares `available` among the claims; pure. */
  readonly allocate: (claims: readonly PolicyClaim[], available: Money) => readonly Money[];
}
