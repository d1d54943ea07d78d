import { countyCodeSchema, type DateOnly, municipalityCodeSchema } from '@stadig/core';
import type { RuleSet, TenureKind } from '@stadig/housing';
import * as z from 'zod/mini';
import { nearbyKinds } from '../offer/offerVocabulary';
import type { MatchWeights } from './vocabulary';

/**
 * The zod schema of a household's own wishes, which a case does not hold: the
 * municipalities and counties where the survivor believes she is safe (municipalities
 * count first), and whether to live near a school or support services. Without
 * `near`, a household with children asks for a school nearby.
 *
 * @example
 * ```ts
 * casePreferencesSchema.safeParse({ municipalities: ['1480'], near: ['support'] }).success;
 * //=> true
 * ```
 */
export const casePreferencesSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    municipalities: z.optional(z.array(municipalityCodeSchema).check(z.maxLength(290))),
    counties: z.optional(z.array(countyCodeSchema).check(z.maxLength(21))),
    near: z.optional(
      z.array(z.enum(Object.keys(nearbyKinds) as [keyof typeof nearbyKinds])).check(z.maxLength(2)),
    ),
  }))();

/**
 * A household's own wishes (see {@link casePreferencesSchema}).
 *
 * @example
 * ```ts
 * const wishes: CasePreferences = { counties: ['14' as CountyCode], near: ['school'] };
 * ```
 */
export type CasePreferences = z.output<typeof casePreferencesSchema>;

/**
 * Options for scoring: the day of the assessment, the weights of the soft
 * components, the definition of permanent housing, the tenures accepted as a step
 * even when not permanent (such as `social-contract`), the household's own wishes and
 * the distance kept from a listed place that gives none.
 *
 * @example
 * ```ts
 * const options: MatchOptions = { asOf: parseDateOnly('2026-01-15')._unsafeUnwrap(), allowSteps: ['social-contract'] };
 * ```
 */
export interface MatchOptions {
  /** The day of the assessment: permanence, move-in dates and time in sheltered housing count on it. */
  readonly asOf: DateOnly;
  /** Points per component out of 100 (missing ones from `defaultWeights`); scaled to add up to 100. */
  readonly weights?: Partial<MatchWeights> | undefined;
  /** The definition of permanent housing (default `nationalRuleSet`). */
  readonly ruleSet?: RuleSet | undefined;
  /** Tenures accepted even when not permanent under the rule set (a step, such as `social-contract`). */
  readonly allowSteps?: readonly TenureKind[] | undefined;
  /** The household's own wishes (for one case; see {@link casePreferencesSchema}). */
  readonly preferences?: CasePreferences | undefined;
  /** The distance in km kept from a listed place that gives no radius (default 30). */
  readonly defaultRadiusKm?: number | undefined;
}
