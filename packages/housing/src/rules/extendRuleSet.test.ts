import { describe, expect, it } from 'vitest';
import { nationalRuleSet } from '../rulesets/national/nationalRuleSet';
import { socialContractTakeoverRule } from '../rulesets/socialContractTakeoverRule';
import { extendRuleSet } from './extendRuleSet';
import type { Rule } from './Rule';

const extra: Rule = {
  id: 'mine.extra',
  title: { sv: 'Extra', en: 'Extra' },
  sources: [{ seed: 'Riktlinjer', place: '§ 1' }],
  decide: () => ({ outcome: 'not-applicable' }),
};
const ids = (rules: readonly Rule[]) => rules.map((r) => r.id);

describe('extendRuleSet', () => {
  it('overrides in place, disables and adds, under a new id and version, leaving the base alone', () => {
    const before = ids(nationalRuleSet.rules);
    const set = extendRuleSet(nationalRuleSet, {
      id: 'mora',
      version: '2025.1',
      title: { sv: 'Mora', en: 'Mora' },
      override: { 'national.social-contract': socialContractTakeoverRule(12) },
      disable: ['national.other'],
      add: [extra],
    })._unsafeUnwrap();
    expect(set).toMatchObject({ id: 'mora', version: '2025.1', title: { en: 'Mora' } });
    expect(ids(set.rules)).toEqual([
      ...before
        .filter((id) => id !== 'national.other')
        .map((id) => (id === 'national.social-contract' ? 'strict.social-contract-takeover' : id)),
      'mine.extra',
    ]);
    expect(ids(nationalRuleSet.rules)).toEqual(before);
  });

  it('lists every unknown id, duplicate and an empty result, naming only rule ids', () => {
    const errors = extendRuleSet(nationalRuleSet, {
      id: 'x',
      version: '1',
      override: { 'national.nope': extra },
      disable: ['national.gone'],
      add: [extra, extra],
    })._unsafeUnwrapErr();
    expect(errors.map((e) => [e.code, e.params.rule, e.path])).toEqual([
      ['rule-set.unknown-rule', 'national.nope', ['override']],
      ['rule-set.unknown-rule', 'national.gone', ['disable']],
      ['rule-set.duplicate-rule', 'mine.extra', ['add']],
    ]);
    const empty = extendRuleSet(nationalRuleSet, {
      id: 'x',
      version: '1',
      disable: ids(nationalRuleSet.rules),
    });
    expect(empty._unsafeUnwrapErr().map((e) => e.code)).toEqual(['rule-set.no-rules']);
  });
});
