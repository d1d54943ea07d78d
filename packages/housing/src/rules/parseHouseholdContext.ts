import {
  countyCodeSchema,
  dateMessages,
  type ErrorPath,
  householdCompositionSchema,
  moneySchema,
  municipalitiesMessages,
  municipalityCodeSchema,
  type NonEmptyReadonlyArray,
  parseWithSchema,
  type Result,
  type StadigError,
} from '@stadig/core';
import * as z from 'zod/mini';
import type { HouseholdContext } from './RuleContext';

const catalogue = /* @__PURE__ */ (() => ({ ...dateMessages, ...municipalitiesMessages }))();

const householdContextSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    composition: z.optional(householdCompositionSchema),
    monthlyIncome: z.optional(moneySchema.check(z.minimum(0))),
    avoidMunicipalities: z.optional(z.array(municipalityCodeSchema)),
    avoidCounties: z.optional(z.array(countyCodeSchema)),
  }))();

/**
 * Validates the household context of the suitability rules from any input (the
 * `household` of a `stadig check` item): composition, monthly income in öre,
 * municipalities and counties to avoid. Lists every problem; never throws.
 *
 * @param input - anything
 * @param path - where it sits in a larger input
 * @returns the household context, or every problem found
 *
 * @example
 * ```ts
 * parseHouseholdContext({ monthlyIncome: 2_800_000, avoidCounties: ['20'] }).isOk();
 * //=> true
 * parseHouseholdContext({ avoidCounties: ['02'] })._unsafeUnwrapErr()[0].code;
 * //=> 'county.unknown-code'
 * ```
 */
export function parseHouseholdContext(
  input: unknown,
  path: ErrorPath = [],
): Result<HouseholdContext, NonEmptyReadonlyArray<StadigError>> {
  return parseWithSchema(householdContextSchema, input, { path, catalogue });
}
