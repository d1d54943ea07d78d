import type { Money, MunicipalityCode, NonEmptyReadonlyArray, Period } from '@stadig/core';
import type { ActivityCategory } from '../categories/activityCategories';
import type { IneligiblePurpose } from '../categories/ineligiblePurposes';

/**
 * One activity of an application, validated: its category, its costs (salary and
 * other, in öre), its period, and the ineligible purposes the assessor flagged.
 *
 * @example
 * ```ts
 * const activity: GrantActivity = {
 *   category: 'cooperation-landlords', salaryCosts: 40000000 as Money, otherCosts: 0 as Money,
 *   period: { from: '2023-01-01', to: '2023-12-31' } as Period, ineligiblePurposes: [],
 * };
 * ```
 */
export interface GrantActivity {
  readonly category: ActivityCategory;
  readonly salaryCosts: Money;
  readonly otherCosts: Money;
  readonly period: Period;
  readonly ineligiblePurposes: readonly IneligiblePurpose[];
}

/**
 * A validated application for a grant year: the applicant municipality (SCB code),
 * the amount asked for, and at least one activity. Obtain one from
 * `parseGrantApplication`.
 *
 * @example
 * ```ts
 * const application: GrantApplication = parseGrantApplication({
 *   id: 'A-1', year: 2023, municipality: 'Falu kommun', requested: 400000,
 *   activities: [{ category: 'cooperation-landlords', salaryCosts: 400000, otherCosts: 0,
 *     period: { from: '2023-01-01', to: '2023-12-31' } }],
 * })._unsafeUnwrap();
 * application.municipalityCode;
 * //=> '2080'
 * ```
 */
export interface GrantApplication {
  /** The applicant's own id for the application (not personal data). */
  readonly id: string;
  /** The grant year applied for. */
  readonly year: number;
  readonly municipalityCode: MunicipalityCode;
  /** The amount asked for, in öre; at most the activities' total costs. */
  readonly requested: Money;
  readonly activities: NonEmptyReadonlyArray<GrantActivity>;
}
