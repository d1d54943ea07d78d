import type { DateOnly, LocalizedText, NonEmptyReadonlyArray } from '@stadig/core';
import type { Facts, MissingFact, RuleOutcome } from './Rule';
import type { HouseholdContext } from './RuleContext';
import type { RuleSet, RuleSetRef } from './RuleSet';

/**
 * The verdicts, with their names in Swedish and English.
 *
 * @example
 * ```ts
 * verdicts['needs-assessment'].sv;
 * //=> 'kräver bedömning'
 * ```
 */
export const verdicts = {
  permanent: { sv: 'stadigvarande', en: 'permanent' },
  'not-permanent': { sv: 'inte stadigvarande', en: 'not permanent' },
  'needs-assessment': { sv: 'kräver bedömning', en: 'needs assessment' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/**
 * Whether a solution is permanent housing: `permanent`, `not-permanent`, or
 * `needs-assessment` when the facts do not settle it.
 *
 * @example
 * ```ts
 * const verdict: Verdict = 'needs-assessment';
 * ```
 */
export type Verdict = keyof typeof verdicts;

/**
 * Why: one rule's outcome, its sentence in Swedish and English and the facts it used.
 *
 * @example
 * ```ts
 * const reason: Reason = {
 *   rule: 'national.ownership',
 *   outcome: 'pass',
 *   text: { sv: 'Den som äger sin bostad har en långsiktig lösning.', en: 'Owning the home is a long-term solution.' },
 *   facts: { tenure: 'owned' },
 * };
 * ```
 */
export interface Reason {
  readonly rule: string;
  readonly outcome: Exclude<RuleOutcome, 'not-applicable'>;
  readonly text: LocalizedText;
  readonly facts: Facts;
}

interface VerdictBase {
  /** Every rule that spoke (not-applicable rules are left out), in rule set order. */
  readonly reasons: NonEmptyReadonlyArray<Reason>;
  /** The rule set that produced the verdict. */
  readonly ruleSet: RuleSetRef;
  /** The day the solution was assessed on. */
  readonly asOf: DateOnly;
}

/**
 * A verdict with every reason that led to it, the rule set's id and version, and, for
 * `needs-assessment`, the facts that would settle it (questions for the caseworker).
 * Holds no address or other personal text.
 *
 * @example
 * ```ts
 * const v = evaluatePermanence(solution, { asOf, ruleSet: nationalRuleSet });
 * if (v.verdict === 'needs-assessment') v.missing[0].question.en;
 * ```
 */
export type PermanenceVerdict =
  | (VerdictBase & { readonly verdict: 'permanent' })
  | (VerdictBase & { readonly verdict: 'not-permanent' })
  | (VerdictBase & {
      readonly verdict: 'needs-assessment';
      readonly missing: NonEmptyReadonlyArray<MissingFact>;
    });

/**
 * Options of `evaluatePermanence`.
 *
 * @example
 * ```ts
 * const options: EvaluateOptions = { asOf: parseDateOnly('2026-01-01')._unsafeUnwrap(), ruleSet: nationalRuleSet };
 * ```
 */
export interface EvaluateOptions {
  /** The assessment date: only rules in effect on it count. */
  readonly asOf: DateOnly;
  /** The definition to apply. */
  readonly ruleSet: RuleSet;
  /** The household, for suitability rules. */
  readonly household?: HouseholdContext;
}
