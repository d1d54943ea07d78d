import { describe, expect, it } from 'vitest';
import { builtInRuleSets } from '../rulesets/builtInRuleSets';
import { parseRuleSet } from './parseRuleSet';

const rule = {
  id: 'mine.pets',
  title: { sv: 'Husdjur', en: 'Pets' },
  sources: [{ seed: 'Riktlinjer', place: '§ 4' }],
  decide: () => ({ outcome: 'not-applicable' }),
};

describe('parseRuleSet', () => {
  it('accepts the shipped rule sets and a hand-written one, returning the same object', () => {
    for (const set of Object.values(builtInRuleSets))
      expect(parseRuleSet(set)._unsafeUnwrap()).toBe(set);
    const mine = { id: 'mine', version: '1.0.0', rules: [rule] };
    expect(parseRuleSet(mine)._unsafeUnwrap()).toBe(mine);
  });

  it('lists every problem with its path', () => {
    const errors = parseRuleSet({
      id: '',
      version: '1',
      rules: [
        { ...rule, decide: 'not code', sources: [] },
        { ...rule, effectiveFrom: '2025-01-01', effectiveTo: '2024-12-31' },
        { ...rule, title: { sv: 'Bara svenska' } },
      ],
    })._unsafeUnwrapErr();
    expect(errors.map((e) => [e.code, e.path.join('.')])).toEqual([
      ['validation.invalid-format', 'id'],
      ['validation.too-small', 'rules.0.sources'],
      ['rule-set.not-a-function', 'rules.0.decide'],
      ['rule-set.ends-before-start', 'rules.1.effectiveTo'],
      ['validation.required', 'rules.2.title.en'],
    ]);
  });

  it('rejects duplicate rule ids, an empty rule list and anything that is not a rule set', () => {
    expect(
      parseRuleSet({ id: 'a', version: '1', rules: [rule, rule] })._unsafeUnwrapErr()[0]?.code,
    ).toBe('rule-set.duplicate-id');
    expect(parseRuleSet({ id: 'a', version: '1', rules: [] })._unsafeUnwrapErr()[0]?.path).toEqual([
      'rules',
    ]);
    for (const value of [undefined, null, 42, 'national', () => 1])
      expect(parseRuleSet(value).isErr()).toBe(true);
  });
});
