import type { NonEmptyReadonlyArray } from '@stadig/core';
import { match } from 'ts-pattern';
import type { HousingSolution } from '../solution/housingSolutionSchema';
import { compileRuleSet } from './compileRuleSet';
import { type MissingFact, type Rule, type RuleOutcome, ruleOutcomes } from './Rule';
import type { EvaluateOptions, PermanenceVerdict, Reason } from './Verdict';

const SKIP = 0;
const PASS = 1;
const FAIL = 2;
const UNSETTLED = 3;

/** What each outcome does to the verdict; a new outcome breaks the build here. */
const effects = /* @__PURE__ */ (() => {
  const table: Record<string, number> = {};
  for (const outcome of Object.keys(ruleOutcomes) as RuleOutcome[]) {
    table[outcome] = match(outcome)
      .with('not-applicable', () => SKIP)
      .with('pass', () => PASS)
      .with('fail', () => FAIL)
      .with('unsettled', () => UNSETTLED)
      .exhaustive();
  }
  return table;
})();

const noRule: readonly [Reason, MissingFact] = [
  {
    rule: 'no-rule-decides',
    outcome: 'unsettled',
    text: {
      sv: 'Ingen regel i regeluppsättningen avgör den här bostaden på bedömningsdagen.',
      en: 'No rule of the rule set decides this housing on the assessment date.',
    },
    facts: {},
  },
  {
    fact: 'assessment',
    question: {
      sv: 'Är bostaden en långsiktig lösning av boendesituationen?',
      en: 'Is the housing a long-term solution of the housing situation?',
    },
  },
];

/**
 * Decides whether a housing solution is permanent housing under a rule set, on a date:
 * `not-permanent` when a rule rules it out, else `needs-assessment` when a rule cannot
 * be settled from the facts (with the questions that would settle it), else
 * `permanent` when a rule speaks for it. With every reason, and the rule set's id and
 * version. Only rules in effect on `asOf` count, and only those that speak to the
 * solution's tenure; when none speaks, the verdict is `needs-assessment`. What can be
 * is computed once per rule set and date. Never throws (unless a rule's own function does).
 *
 * @param solution - a parsed housing solution (see `parseHousingSolution`)
 * @param options - the assessment date, the rule set and, for suitability rules, the household
 * @returns the verdict with its reasons
 *
 * @example
 * ```ts
 * const solution = parseHousingSolution({
 *   tenure: 'sublease', municipality: '2062', contract: { start: '2024-03-01', end: '2025-02-27' },
 * })._unsafeUnwrap();
 * const v = evaluatePermanence(solution, { asOf: parseDateOnly('2024-03-01')._unsafeUnwrap(), ruleSet: nationalRuleSet });
 * v.verdict;
 * //=> 'not-permanent'
 * v.reasons.map((r) => r.rule);
 * //=> ['national.one-year-term']
 * ```
 */
export function evaluatePermanence(
  solution: HousingSolution,
  options: EvaluateOptions,
): PermanenceVerdict {
  const { asOf } = options;
  const compiled = compileRuleSet(options.ruleSet, asOf);
  const { ref } = compiled;
  const active = compiled.rulesFor(solution);
  const { household } = options;
  const context = household === undefined ? compiled.context : { asOf, household };
  const reasons: Reason[] = [];
  let missing: readonly MissingFact[] | undefined;
  let failed = false;
  let unsettled = false;
  for (let i = 0; i < active.length; i++) {
    const rule = active[i] as Rule;
    const decision = rule.decide(solution, context);
    const effect = effects[decision.outcome];
    if (decision.outcome === 'not-applicable' || effect === undefined || effect === SKIP) continue;
    const { outcome, text, facts } = decision;
    reasons.push({ rule: rule.id, outcome, text, facts });
    if (effect === FAIL) failed = true;
    else if (effect === UNSETTLED) {
      unsettled = true;
      // The first rule's questions are shared as they are; more are copied into a new list.
      const more = decision.outcome === 'unsettled' ? decision.missing : undefined;
      if (more !== undefined && more.length > 0) missing = missing ? [...missing, ...more] : more;
    }
  }
  if (reasons.length === 0) {
    return {
      verdict: 'needs-assessment',
      reasons: [noRule[0]],
      missing: [noRule[1]],
      ruleSet: ref,
      asOf,
    };
  }
  const listed = reasons as unknown as NonEmptyReadonlyArray<Reason>;
  if (failed) return { verdict: 'not-permanent', reasons: listed, ruleSet: ref, asOf };
  if (unsettled) {
    const questions = (missing ?? [noRule[1]]) as NonEmptyReadonlyArray<MissingFact>;
    return { verdict: 'needs-assessment', reasons: listed, missing: questions, ruleSet: ref, asOf };
  }
  return { verdict: 'permanent', reasons: listed, ruleSet: ref, asOf };
}
