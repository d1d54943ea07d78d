import type { DateOnly } from '@stadig/core';
import { match } from 'ts-pattern';
import type { HousingSolution } from '../solution/housingSolutionSchema';
import { evaluatePermanence } from './evaluatePermanence';
import type { HouseholdContext } from './RuleContext';
import type { RuleSet, RuleSetRef } from './RuleSet';
import type { Verdict } from './Verdict';

/** The order verdicts are reported in; a new verdict breaks the build here. */
const rank = (verdict: Verdict): number =>
  match(verdict)
    .with('permanent', () => 0)
    .with('needs-assessment', () => 1)
    .with('not-permanent', () => 2)
    .exhaustive();

/**
 * Options of {@link compareRuleSets}.
 *
 * @example
 * ```ts
 * const options: CompareOptions = { asOf: parseDateOnly('2026-01-01')._unsafeUnwrap(), maxExamples: 3 };
 * ```
 */
export interface CompareOptions {
  /** The assessment date for both rule sets. */
  readonly asOf: DateOnly;
  /** The household, for suitability rules (the same for every solution). */
  readonly household?: HouseholdContext;
  /** How many example indexes to keep per verdict pair (default 5). */
  readonly maxExamples?: number;
}

/**
 * How many solutions got verdict `a` from one rule set and `b` from the other, with
 * the indexes of the first few (never their addresses).
 *
 * @example
 * ```ts
 * const pair: VerdictPair = { a: 'needs-assessment', b: 'permanent', count: 12, examples: [3, 8, 21] };
 * ```
 */
export interface VerdictPair {
  readonly a: Verdict;
  readonly b: Verdict;
  readonly count: number;
  readonly examples: readonly number[];
}

/**
 * Where two definitions of permanent housing agree and disagree over a set of solutions.
 *
 * @example
 * ```ts
 * const c: RuleSetComparison = compareRuleSets(nationalRuleSet, strictRuleSet, solutions, { asOf });
 * c.disagreements;
 * //=> 4
 * ```
 */
export interface RuleSetComparison {
  readonly a: RuleSetRef;
  readonly b: RuleSetRef;
  readonly total: number;
  readonly agreements: number;
  readonly disagreements: number;
  /**
   * Every verdict pair that occurred: disagreements first, each group by count, largest
   * first, ties in the order permanent, needs-assessment, not-permanent.
   */
  readonly pairs: readonly VerdictPair[];
}

/**
 * Evaluates every solution under two rule sets and counts the verdict pairs, so that
 * a municipality can see where its definition and the national one part ways.
 *
 * @param a - one rule set
 * @param b - the other
 * @param solutions - parsed housing solutions
 * @param options - the assessment date, the household and how many examples to keep
 * @returns the counts per verdict pair with example indexes
 *
 * @example
 * ```ts
 * const c = compareRuleSets(nationalRuleSet, strictRuleSet, solutions, { asOf });
 * c.pairs.filter((p) => p.a !== p.b).map((p) => [p.a, p.b, p.count]);
 * //=> [['needs-assessment', 'not-permanent', 2], ['needs-assessment', 'permanent', 1]]
 * ```
 */
export function compareRuleSets(
  a: RuleSet,
  b: RuleSet,
  solutions: readonly HousingSolution[],
  options: CompareOptions,
): RuleSetComparison {
  const { asOf, household } = options;
  const maxExamples = Math.max(0, options.maxExamples ?? 5);
  const pairs = new Map<string, { a: Verdict; b: Verdict; count: number; examples: number[] }>();
  solutions.forEach((solution, index) => {
    const common = household === undefined ? { asOf } : { asOf, household };
    const va = evaluatePermanence(solution, { ...common, ruleSet: a }).verdict;
    const vb = evaluatePermanence(solution, { ...common, ruleSet: b }).verdict;
    const key = `${va}|${vb}`;
    const pair = pairs.get(key) ?? { a: va, b: vb, count: 0, examples: [] };
    pair.count++;
    if (pair.examples.length < maxExamples) pair.examples.push(index);
    pairs.set(key, pair);
  });
  const sorted = [...pairs.values()].sort(
    (p, q) =>
      Number(p.a === p.b) - Number(q.a === q.b) ||
      q.count - p.count ||
      rank(p.a) - rank(q.a) ||
      rank(p.b) - rank(q.b),
  );
  const agreements = sorted.filter((p) => p.a === p.b).reduce((sum, p) => sum + p.count, 0);
  return {
    a: { id: a.id, version: a.version },
    b: { id: b.id, version: b.version },
    total: solutions.length,
    agreements,
    disagreements: solutions.length - agreements,
    pairs: sorted,
  };
}
