import { addDays, type DateOnly, parseDateOnly } from '@stadig/core';
import { describe, expect, it } from 'vitest';
import { extendedRuleSet } from '../rulesets/extended/extendedRuleSet';
import { nationalRuleSet } from '../rulesets/national/nationalRuleSet';
import { parseHousingSolution } from '../solution/parseHousingSolution';
import { evaluatePermanence } from './evaluatePermanence';
import { extendRuleSet } from './extendRuleSet';
import type { Rule } from './Rule';
import type { RuleSet } from './RuleSet';

const asOf = parseDateOnly('2026-01-01')._unsafeUnwrap();

describe('evaluatePermanence', () => {
  const owned = parseHousingSolution({ tenure: 'owned', municipality: '2062' })._unsafeUnwrap();
  const pets: Rule = {
    id: 'mine.pets',
    title: { sv: 'Husdjur', en: 'Pets' },
    sources: [{ seed: 'Kommunens riktlinjer', place: '§ 4' }],
    tenures: ['owned'],
    effectiveFrom: '2026-01-01' as DateOnly,
    decide: (s) =>
      s.petsAllowed === false
        ? {
            outcome: 'fail',
            text: { sv: 'Inga husdjur.', en: 'No pets.' },
            facts: { petsAllowed: false },
          }
        : { outcome: 'not-applicable' },
  };
  const withPets = extendRuleSet(nationalRuleSet, {
    id: 'mine',
    version: '1',
    add: [pets],
  })._unsafeUnwrap();

  it('runs a custom rule only for its tenures and from its effective date', () => {
    const noPets = parseHousingSolution({
      tenure: 'owned',
      municipality: '2062',
      petsAllowed: false,
    })._unsafeUnwrap();
    const lease = parseHousingSolution({
      tenure: 'first-hand-lease',
      municipality: '2062',
      petsAllowed: false,
      contract: { start: '2020-01-01' },
    })._unsafeUnwrap();
    expect(evaluatePermanence(noPets, { asOf, ruleSet: withPets }).verdict).toBe('not-permanent');
    expect(evaluatePermanence(lease, { asOf, ruleSet: withPets }).verdict).toBe('permanent');
    const dayBefore = addDays(asOf, -1)._unsafeUnwrap();
    expect(evaluatePermanence(noPets, { asOf: dayBefore, ruleSet: withPets }).verdict).toBe(
      'permanent',
    );
    expect(evaluatePermanence(owned, { asOf, ruleSet: withPets }).ruleSet).toEqual({
      id: 'mine',
      version: '1',
    });
  });

  it('recomputes the rules in effect when the date changes, and never keeps a household between calls', () => {
    const before = parseDateOnly('2021-06-02')._unsafeUnwrap();
    for (const date of [asOf, before, asOf, before]) {
      const v = evaluatePermanence(owned, { asOf: date, ruleSet: nationalRuleSet });
      expect(v.verdict).toBe(date === asOf ? 'permanent' : 'needs-assessment');
      expect(v.asOf).toBe(date);
    }
    const household = { avoidMunicipalities: [owned.municipality] };
    const extended = extendedRuleSet;
    expect(evaluatePermanence(owned, { asOf, ruleSet: extended, household }).verdict).toBe(
      'not-permanent',
    );
    const without = evaluatePermanence(owned, { asOf, ruleSet: extended });
    expect(without.reasons.find((r) => r.rule === 'extended.avoided-area')?.outcome).toBe(
      'unsettled',
    );
  });

  it('says needs-assessment with a question when no rule speaks, and when a rule is unsettled without questions', () => {
    const silent: RuleSet = { id: 's', version: '1', rules: [{ ...pets, tenures: ['sublease'] }] };
    const v = evaluatePermanence(owned, { asOf, ruleSet: silent });
    expect(v.verdict === 'needs-assessment' && v.missing[0].fact).toBe('assessment');
    const { tenures: _, ...anyTenure } = pets;
    const vague: Rule = {
      ...anyTenure,
      decide: () => ({ outcome: 'unsettled', text: pets.title, facts: {}, missing: [] as never }),
    };
    const w = evaluatePermanence(owned, {
      asOf,
      ruleSet: { id: 'v', version: '1', rules: [vague] },
    });
    expect(w.verdict === 'needs-assessment' && w.missing.length).toBe(1);
  });
});
