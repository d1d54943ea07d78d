import {
  createErrorFactory,
  err,
  type LocalizedText,
  type NonEmptyReadonlyArray,
  ok,
  type Result,
  type StadigError,
} from '@stadig/core';
import { type RuleSetErrorCode, ruleSetMessages } from './messages';
import type { Rule } from './Rule';
import type { RuleSet } from './RuleSet';

const ruleSetError = /* @__PURE__ */ createErrorFactory(ruleSetMessages);

/**
 * How {@link extendRuleSet} derives a rule set from another.
 *
 * @example
 * ```ts
 * const changes: RuleSetChanges = { id: 'mine', version: '1.0.0', disable: ['national.other'] };
 * ```
 */
export interface RuleSetChanges {
  /** The new rule set's id. */
  readonly id: string;
  /** The new rule set's version. */
  readonly version: string;
  /** Its name, in Swedish and English. */
  readonly title?: LocalizedText;
  /** Rules to replace, by the id of the rule replaced; the replacement takes its place. */
  readonly override?: Readonly<Record<string, Rule>>;
  /** Ids of rules to leave out. */
  readonly disable?: readonly string[];
  /** Rules to add after the others. */
  readonly add?: readonly Rule[];
}

/**
 * Composes a rule set from another: replaces (`override`), leaves out (`disable`) and
 * adds (`add`) rules, under a new id and version. The base is not changed. An id that
 * is not in the base, a duplicate id, or an empty result is an error. Never throws.
 *
 * @param base - the rule set to start from
 * @param changes - the new id and version, and the rules to replace, leave out and add
 * @returns the new rule set, or every problem found
 *
 * @example
 * ```ts
 * const mine = extendRuleSet(nationalRuleSet, {
 *   id: 'mora', version: '2025.1', override: { 'national.social-contract': socialContractTakeoverRule(12) },
 * })._unsafeUnwrap();
 * mine.rules.some((r) => r.id === 'strict.social-contract-takeover');
 * //=> true
 * ```
 */
export function extendRuleSet(
  base: RuleSet,
  changes: RuleSetChanges,
): Result<RuleSet, NonEmptyReadonlyArray<StadigError<RuleSetErrorCode>>> {
  const problems: StadigError<RuleSetErrorCode>[] = [];
  const baseIds = new Set(base.rules.map((r) => r.id));
  const override = changes.override ?? {};
  const disabled = new Set(changes.disable ?? []);
  for (const [field, ids] of [
    ['override', Object.keys(override)],
    ['disable', [...disabled]],
  ] as const) {
    for (const id of ids) {
      if (!baseIds.has(id))
        problems.push(ruleSetError('rule-set.unknown-rule', { rule: id }, [field]));
    }
  }
  const rules = [
    ...base.rules
      .filter((r) => !disabled.has(r.id))
      .map((r) => (Object.hasOwn(override, r.id) ? (override[r.id] as Rule) : r)),
    ...(changes.add ?? []),
  ];
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.id)) {
      problems.push(ruleSetError('rule-set.duplicate-rule', { rule: rule.id }, ['add']));
    }
    seen.add(rule.id);
  }
  const [first, ...rest] = rules;
  if (first === undefined) problems.push(ruleSetError('rule-set.no-rules', {}, ['disable']));
  const [problem, ...more] = problems;
  if (problem !== undefined || first === undefined) {
    return err(
      problem === undefined ? [ruleSetError('rule-set.no-rules', {})] : [problem, ...more],
    );
  }
  const { id, version, title } = changes;
  return ok({ id, version, ...(title === undefined ? {} : { title }), rules: [first, ...rest] });
}
