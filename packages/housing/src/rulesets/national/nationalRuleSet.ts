import type { RuleSet } from '../../rules/RuleSet';
import { firstHandLeaseRule } from './firstHandLeaseRule';
import { oneYearTermRule } from './oneYearTermRule';
import { openQuestionRules } from './openQuestionRules';
import { ownershipRule } from './ownershipRule';
import { socialContractRule } from './socialContractRule';
import { subleaseRule } from './subleaseRule';
import { temporaryFormsRule } from './temporaryFormsRule';

/**
 * The national baseline, from the government assignment (seed 003, line 12): permanent
 * housing is a long-term solution of the survivor's housing situation, and not, for
 * example, a sublease shorter than one year. Temporary forms are never permanent; an
 * open-ended first-hand lease and an owned home are; where the sources do not settle a
 * case the verdict is `needs-assessment` with the question to answer. In effect from
 * 2021-06-03, the assignment's start (seed 003, line 16). Rules, in order:
 * `national.temporary-forms`, `national.one-year-term`, `national.ownership`,
 * `national.first-hand-lease`, `national.sublease`, `national.social-contract`,
 * `national.lodger`, `national.with-relatives`, `national.special-housing`,
 * `national.other`.
 *
 * @example
 * ```ts
 * const s = parseHousingSolution({ tenure: 'first-hand-lease', municipality: '2062', contract: { start: '2024-03-01' } })._unsafeUnwrap();
 * evaluatePermanence(s, { asOf: parseDateOnly('2026-01-01')._unsafeUnwrap(), ruleSet: nationalRuleSet }).verdict;
 * //=> 'permanent'
 * ```
 */
export const nationalRuleSet: RuleSet = /* @__PURE__ */ (() => ({
  id: 'national',
  version: '1.0.0',
  title: {
    sv: 'Nationell grund: långsiktig lösning av boendesituationen',
    en: 'National baseline: a long-term solution of the housing situation',
  },
  rules: [
    temporaryFormsRule,
    oneYearTermRule,
    ownershipRule,
    firstHandLeaseRule,
    subleaseRule,
    socialContractRule,
    ...openQuestionRules,
  ],
}))();
