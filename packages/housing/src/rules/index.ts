export {
  type CompareOptions,
  compareRuleSets,
  type RuleSetComparison,
  type VerdictPair,
} from './compareRuleSets';
export { type ContractTerm, contractTerm } from './contractTerm';
export { effectiveTenure } from './effectiveTenure';
export { evaluatePermanence } from './evaluatePermanence';
export { extendRuleSet, type RuleSetChanges } from './extendRuleSet';
export { lastDayOfFirstYear } from './lastDayOfFirstYear';
export { type RuleSetErrorCode, ruleSetMessages } from './messages';
export { parseHouseholdContext } from './parseHouseholdContext';
export { parseRuleSet } from './parseRuleSet';
export {
  type Facts,
  type MissingFact,
  type Rule,
  type RuleDecision,
  type RuleOutcome,
  ruleOutcomes,
  type SourceCitation,
} from './Rule';
export type { HouseholdContext, RuleContext } from './RuleContext';
export type { RuleSet, RuleSetRef } from './RuleSet';
export {
  type EvaluateOptions,
  type PermanenceVerdict,
  type Reason,
  type Verdict,
  verdicts,
} from './Verdict';
