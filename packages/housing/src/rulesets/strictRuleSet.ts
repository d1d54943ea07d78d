import { extendRuleSet } from '../rules/extendRuleSet';
import type { RuleSet } from '../rules/RuleSet';
import { nationalRuleSet } from './national/nationalRuleSet';
import { socialContractTakeoverRule } from './socialContractTakeoverRule';

/**
 * A strict municipal variant of the national baseline: a social contract counts only
 * with a takeover clause within 12 months (Mora's practice, seed 002, line 78), and
 * otherwise does not count, where the baseline leaves it to assessment. Everything
 * else is the baseline. `national.social-contract` is replaced by
 * `strict.social-contract-takeover`.
 *
 * @example
 * ```ts
 * const s = parseHousingSolution({ tenure: 'social-contract', municipality: '2062', contract: { start: '2024-03-01' } })._unsafeUnwrap();
 * evaluatePermanence(s, { asOf: parseDateOnly('2026-01-01')._unsafeUnwrap(), ruleSet: strictRuleSet }).verdict;
 * //=> 'not-permanent'
 * ```
 */
export const strictRuleSet: RuleSet = /* @__PURE__ */ (() =>
  extendRuleSet(nationalRuleSet, {
    id: 'strict',
    version: '1.0.0',
    title: {
      sv: 'Strikt kommunal variant: socialt kontrakt med övertagande inom 12 månader',
      en: 'Strict municipal variant: social contract with takeover within 12 months',
    },
    override: { 'national.social-contract': socialContractTakeoverRule(12) },
  })._unsafeUnwrap())();
