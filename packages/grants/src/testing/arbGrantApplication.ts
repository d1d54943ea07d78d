import type { DateOnly, Money } from '@stadig/core';
import { arbMunicipalityCode, arbPeriod } from '@stadig/core/testing';
import fc from 'fast-check';
import type { GrantActivity, GrantApplication } from '../applications/GrantApplication';
import { activityCategoryIds } from '../categories/activityCategories';
import { ineligiblePurposeIds } from '../categories/ineligiblePurposes';
import { grantYears } from '../years/grantYears';

/**
 * Options for {@link arbGrantApplication}.
 *
 * @example
 * ```ts
 * const options: ArbGrantApplicationOptions = { year: 2022, eligibleOnly: true, maxKronor: 500000 };
 * ```
 */
export interface ArbGrantApplicationOptions {
  /** The grant year (default 2023). */
  readonly year?: 2022 | 2023;
  /** Only activities the grant may fund (default: some are not). */
  readonly eligibleOnly?: boolean;
  /** The largest cost of one activity, in kronor (default 2 000 000). */
  readonly maxKronor?: number;
}

/**
 * Generates valid {@link GrantApplication}s: 1–5 activities of any category, salary
 * and other costs in öre, periods inside the year's cost window (or, unless
 * `eligibleOnly`, now and then outside it or flagged with ineligible purposes), and a
 * requested amount from half of the total costs to all of it.
 *
 * @param options - the year, whether all activities are eligible, the cost ceiling
 * @returns an arbitrary of applications (ids are unique only by chance)
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbGrantApplication(), (a) => a.activities.length > 0));
 * ```
 */
export function arbGrantApplication(
  options: ArbGrantApplicationOptions = {},
): fc.Arbitrary<GrantApplication> {
  const year = grantYears[options.year ?? 2023];
  const max = Math.max(0, Math.floor(options.maxKronor ?? 2_000_000)) * 100;
  const inside = arbPeriod({ min: year.costWindow.from, max: year.costWindow.to, open: false });
  const before = arbPeriod({
    min: `${year.year - 1}-01-01` as DateOnly,
    max: `${year.year - 1}-12-31` as DateOnly,
  });
  const activity: fc.Arbitrary<GrantActivity> = fc.record({
    category: fc.constantFrom(...activityCategoryIds),
    salaryCosts: fc.integer({ min: 0, max }).map((n) => n as Money),
    otherCosts: fc.integer({ min: 0, max: Math.floor(max / 4) }).map((n) => n as Money),
    period: options.eligibleOnly
      ? inside
      : fc.oneof({ weight: 4, arbitrary: inside }, { weight: 1, arbitrary: before }),
    ineligiblePurposes: options.eligibleOnly
      ? fc.constant([])
      : fc.oneof(
          { weight: 3, arbitrary: fc.constant([]) },
          { weight: 1, arbitrary: fc.subarray(ineligiblePurposeIds, { minLength: 1 }) },
        ),
  });
  return fc
    .record({
      id: fc.stringMatching(/^[A-Z]{1,3}-[0-9]{1,4}$/),
      municipalityCode: arbMunicipalityCode(),
      activities: fc.array(activity, { minLength: 1, maxLength: 5 }),
      share: fc.oneof(fc.constant(100), fc.integer({ min: 50, max: 100 })),
    })
    .map(({ id, municipalityCode, activities, share }) => {
      const [first, ...rest] = activities;
      const total = activities.reduce((sum, a) => sum + a.salaryCosts + a.otherCosts, 0);
      return {
        id,
        year: year.year,
        municipalityCode,
        requested: Math.floor((total * share) / 100) as Money,
        activities: first === undefined ? ([] as never) : [first, ...rest],
      };
    });
}
