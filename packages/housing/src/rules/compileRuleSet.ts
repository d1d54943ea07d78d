import type { DateOnly } from '@stadig/core';
import type { HousingSolution } from '../solution/housingSolutionSchema';
import type { Rule } from './Rule';
import type { RuleContext } from './RuleContext';
import type { RuleSet, RuleSetRef } from './RuleSet';

/** What `evaluatePermanence` computes once per rule set and date. */
export interface CompiledRuleSet {
  /** The rule set's id and version, shared by its verdicts. */
  readonly ref: RuleSetRef;
  /** The date the rest was computed for. */
  asOf: string;
  /** The context of rules on that date, without a household. */
  context: RuleContext;
  /** The rules in effect on that date. */
  active: readonly Rule[];
  /** The rules in effect that speak to a tenure (`tenure` or `tenure:held`). */
  byTenure: Map<string, readonly Rule[]>;
  /** The rules in effect that speak to a solution's tenure. */
  readonly rulesFor: (solution: HousingSolution) => readonly Rule[];
}

let compiledSets: WeakMap<RuleSet, CompiledRuleSet> | undefined;
/** The last rule set asked for, to skip the WeakMap when the same one is used again. */
let last: { readonly ruleSet: RuleSet; readonly compiled: CompiledRuleSet } | undefined;

function inEffect(rule: Rule, asOf: string): boolean {
  return (
    (rule.effectiveFrom === undefined || rule.effectiveFrom <= asOf) &&
    (rule.effectiveTo === undefined || asOf <= rule.effectiveTo)
  );
}

/**
 * The rule set prepared for evaluation on a date: computed the first time, kept (in a
 * `WeakMap` keyed by the rule set) and recomputed only when the date changes. The rules
 * for each tenure are found once and then looked up.
 *
 * @internal
 * @param ruleSet - the rule set
 * @param asOf - the assessment date
 * @returns the prepared rule set
 *
 * @example
 * ```ts
 * compileRuleSet(nationalRuleSet, asOf).rulesFor(owned).map((r) => r.id);
 * //=> ['national.ownership']
 * ```
 */
export function compileRuleSet(ruleSet: RuleSet, asOf: DateOnly): CompiledRuleSet {
  if (last?.ruleSet === ruleSet && last.compiled.asOf === asOf) return last.compiled;
  compiledSets ??= new WeakMap();
  let compiled = compiledSets.get(ruleSet);
  if (compiled === undefined) {
    const self: CompiledRuleSet = {
      ref: Object.freeze({ id: ruleSet.id, version: ruleSet.version }),
      asOf: '',
      context: { asOf, household: undefined },
      active: [],
      byTenure: new Map(),
      rulesFor: ({ tenure, heldTenure }) => {
        const key = heldTenure === undefined ? tenure : `${tenure}:${heldTenure}`;
        let rules = self.byTenure.get(key);
        if (rules === undefined) {
          rules = self.active.filter(
            (r) =>
              r.tenures === undefined ||
              r.tenures.includes(tenure) ||
              (heldTenure !== undefined && r.tenures.includes(heldTenure)),
          );
          self.byTenure.set(key, rules);
        }
        return rules;
      },
    };
    compiled = self;
    compiledSets.set(ruleSet, compiled);
  }
  if (compiled.asOf !== asOf) {
    compiled.asOf = asOf;
    compiled.context = { asOf, household: undefined };
    compiled.byTenure = new Map();
    compiled.active = ruleSet.rules.filter((rule) => inEffect(rule, asOf));
  }
  last = { ruleSet, compiled };
  return compiled;
}
