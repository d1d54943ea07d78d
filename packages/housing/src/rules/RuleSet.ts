import type { LocalizedText, NonEmptyReadonlyArray } from '@stadig/core';
import type { Rule } from './Rule';

/**
 * A definition of permanent housing: an id, a version and its rules, in the order
 * their reasons are listed. Build one from another with `extendRuleSet`.
 *
 * @example
 * ```ts
 * const mine: RuleSet = { id: 'mine', version: '1.0.0', rules: nationalRuleSet.rules };
 * ```
 */
export interface RuleSet {
  readonly id: string;
  readonly version: string;
  readonly title?: LocalizedText;
  readonly rules: NonEmptyReadonlyArray<Rule>;
}

/**
 * The id and version of the rule set that produced a verdict.
 *
 * @example
 * ```ts
 * const ref: RuleSetRef = { id: 'national', version: '1.0.0' };
 * ```
 */
export interface RuleSetRef {
  readonly id: string;
  readonly version: string;
}
