import type { RuleSet } from '../rules/RuleSet';
import { extendedRuleSet } from './extended/extendedRuleSet';
import { nationalRuleSet } from './national/nationalRuleSet';
import { strictRuleSet } from './strictRuleSet';

/**
 * The rule sets Stadig ships, by id: `national` (the baseline), `strict` (social
 * contracts count only with a takeover within 12 months) and `extended` (the baseline
 * plus suitability for the household).
 *
 * @example
 * ```ts
 * Object.keys(builtInRuleSets);
 * //=> ['national', 'strict', 'extended']
 * ```
 */
export const builtInRuleSets = /* @__PURE__ */ (() =>
  ({
    national: nationalRuleSet,
    strict: strictRuleSet,
    extended: extendedRuleSet,
  }) as const satisfies Readonly<Record<string, RuleSet>>)();
