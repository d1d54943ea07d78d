import { contractTerm } from '../../rules/contractTerm';
import { effectiveTenure } from '../../rules/effectiveTenure';
import type { Rule } from '../../rules/Rule';
import { cite } from '../citations';
import { NATIONAL_FROM, notApplicable, tenureFactsWith, unsettled } from './shared';

const without = {
  text: {
    sv: 'Ett socialt kontrakt är ett andrahandskontrakt med begränsat besittningsskydd.',
    en: 'A social contract is a sublease with limited security of tenure.',
  },
  question: {
    fact: 'contract.takeover',
    question: {
      sv: 'Får hyresgästen ta över kontraktet, efter hur lång tid och på vilka villkor?',
      en: 'May the tenant take over the lease, after how long and on what conditions?',
    },
  },
};
const withClause = {
  text: {
    sv: 'Hyresgästen får ta över kontraktet om villkoren uppfylls.',
    en: 'The tenant may take over the lease if the conditions are met.',
  },
  question: {
    fact: 'contract.takeover.conditions',
    question: {
      sv: 'Kommer villkoren för att ta över kontraktet att uppfyllas?',
      en: 'Will the conditions for taking over the lease be met?',
    },
  },
};

/**
 * `national.social-contract`: a social contract (the municipality rents and sublets,
 * seed 002, line 78) is usually a sublease with limited security of tenure and
 * conditions (seed 004, line 327); whether it is long-term turns on taking over the
 * lease (Mora: after about a year, seed 002, line 78; seed 001, line 121). So it is
 * `unsettled`, asking about the takeover clause or its conditions. (Terms shorter than
 * one year fail `national.one-year-term`.)
 *
 * @example
 * ```ts
 * const s = parseHousingSolution({ tenure: 'social-contract', municipality: '2062', contract: { start: '2024-03-01' } })._unsafeUnwrap();
 * socialContractRule.decide(s, { asOf, household: undefined }).outcome;
 * //=> 'unsettled'
 * ```
 */
export const socialContractRule: Rule = {
  id: 'national.social-contract',
  title: { sv: 'Socialt kontrakt', en: 'Social contract' },
  sources: [
    cite('004', 327, 'andrahandskontrakt med begränsat besittningsskydd'),
    cite('002', 78, 'Efter ett år brukar de få ta över kontraktet'),
    cite('001', 121, 'kommunen står på kontraktet till en början'),
  ],
  effectiveFrom: NATIONAL_FROM,
  tenures: ['social-contract'],
  decide: (s) => {
    if (effectiveTenure(s) !== 'social-contract') return notApplicable;
    if (contractTerm(s.contract) === 'under-one-year') return notApplicable;
    const months = s.contract?.takeover?.afterMonths;
    const { text, question } = months === undefined ? without : withClause;
    return unsettled(text, tenureFactsWith(s, 'takeoverAfterMonths', months ?? null), question);
  },
};
