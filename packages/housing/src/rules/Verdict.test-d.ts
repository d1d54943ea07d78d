import type { DateOnly, NonEmptyReadonlyArray } from '@stadig/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { HousingSolution } from '../solution/housingSolutionSchema';
import { evaluatePermanence } from './evaluatePermanence';
import type { MissingFact, Rule, RuleDecision, RuleOutcome } from './Rule';
import type { RuleContext } from './RuleContext';
import type { RuleSet, RuleSetRef } from './RuleSet';
import type { PermanenceVerdict, Reason, Verdict } from './Verdict';

describe('verdict types', () => {
  it('the verdict union is closed, and only needs-assessment carries the missing facts', () => {
    expectTypeOf<Verdict>().toEqualTypeOf<'permanent' | 'not-permanent' | 'needs-assessment'>();
    expectTypeOf<PermanenceVerdict['verdict']>().toEqualTypeOf<Verdict>();
    expectTypeOf<
      Extract<PermanenceVerdict, { verdict: 'needs-assessment' }>['missing']
    >().toEqualTypeOf<NonEmptyReadonlyArray<MissingFact>>();
    expectTypeOf<Extract<PermanenceVerdict, { verdict: 'permanent' }>>().not.toHaveProperty(
      'missing',
    );
    expectTypeOf<PermanenceVerdict['reasons']>().toEqualTypeOf<NonEmptyReadonlyArray<Reason>>();
    expectTypeOf<PermanenceVerdict['ruleSet']>().toEqualTypeOf<RuleSetRef>();
  });

  it('rule outcomes are closed, and a reason never has a not-applicable outcome', () => {
    expectTypeOf<RuleOutcome>().toEqualTypeOf<'pass' | 'fail' | 'unsettled' | 'not-applicable'>();
    expectTypeOf<Reason['outcome']>().toEqualTypeOf<'pass' | 'fail' | 'unsettled'>();
    expectTypeOf<Extract<RuleDecision, { outcome: 'unsettled' }>>().toHaveProperty('missing');
  });

  it('a rule set is an id, a version and a non-empty list of rules with a pure decide function', () => {
    expectTypeOf<RuleSet['rules']>().toEqualTypeOf<NonEmptyReadonlyArray<Rule>>();
    expectTypeOf<Rule['decide']>().toEqualTypeOf<
      (solution: HousingSolution, context: RuleContext) => RuleDecision
    >();
    expectTypeOf<RuleSet>().toHaveProperty('version').toEqualTypeOf<string>();
    // @ts-expect-error a rule set needs at least one rule
    const empty: RuleSet = { id: 'x', version: '1', rules: [] };
    expectTypeOf(empty).toEqualTypeOf<RuleSet>();
  });

  it('evaluatePermanence needs a date and a rule set, and returns the verdict union', () => {
    expectTypeOf(evaluatePermanence).returns.toEqualTypeOf<PermanenceVerdict>();
    expectTypeOf(evaluatePermanence).parameter(1).toHaveProperty('asOf').toEqualTypeOf<DateOnly>();
  });
});
