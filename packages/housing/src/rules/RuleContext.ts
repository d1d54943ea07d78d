import type {
  CountyCode,
  DateOnly,
  HouseholdComposition,
  Money,
  MunicipalityCode,
} from '@stadig/core';

/**
 * What the household brings to suitability rules (the `extended` rule set): who will
 * live there, the monthly income in öre, and the municipalities and counties it must
 * avoid for its safety. Every part is optional; a rule that needs a missing part asks
 * for it.
 *
 * @example
 * ```ts
 * const household: HouseholdContext = { monthlyIncome: 2_800_000 as Money, avoidCounties: ['20' as CountyCode] };
 * ```
 */
export interface HouseholdContext {
  readonly composition?: HouseholdComposition | undefined;
  readonly monthlyIncome?: Money | undefined;
  readonly avoidMunicipalities?: readonly MunicipalityCode[] | undefined;
  readonly avoidCounties?: readonly CountyCode[] | undefined;
}

/**
 * What a rule sees besides the solution: the assessment date and the household.
 *
 * @example
 * ```ts
 * const context: RuleContext = { asOf: parseDateOnly('2026-01-01')._unsafeUnwrap(), household: undefined };
 * ```
 */
export interface RuleContext {
  readonly asOf: DateOnly;
  readonly household: HouseholdContext | undefined;
}
