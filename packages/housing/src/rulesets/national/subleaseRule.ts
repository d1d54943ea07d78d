import { contractTerm } from '../../rules/contractTerm';
import { effectiveTenure } from '../../rules/effectiveTenure';
import type { Rule } from '../../rules/Rule';
import { NATIONAL_FROM, notApplicable, perTenure, SUBLEASE_EXAMPLE, unsettled } from './shared';

const text = {
  sv: 'Källorna avgör bara andrahandskontrakt kortare än ett år; detta måste bedömas.',
  en: 'The sources settle only subleases shorter than one year; this one must be assessed.',
};
const question = {
  fact: 'sublease.long-term',
  question: {
    sv: 'Är andrahandskontraktet långsiktigt: får hushållet bo kvar efter kontraktstiden eller ta över kontraktet?',
    en: 'Is the sublease long-term: may the household stay after the term, or take over the lease?',
  },
};

const decision = /* @__PURE__ */ perTenure((facts) => unsettled(text, facts, question));

/**
 * `national.sublease`: seed 003 (line 12) says only what a sublease shorter than one
 * year is not; a sublease of a year or more, or until further notice, is `unsettled`
 * with the question whether it is long-term.
 *
 * @example
 * ```ts
 * const s = parseHousingSolution({ tenure: 'sublease', municipality: '2062', contract: { start: '2024-03-01', end: '2025-02-28' } })._unsafeUnwrap();
 * subleaseRule.decide(s, { asOf, household: undefined }).outcome;
 * //=> 'unsettled'
 * ```
 */
export const subleaseRule: Rule = {
  id: 'national.sublease',
  title: { sv: 'Andrahandskontrakt', en: 'Sublease' },
  sources: [SUBLEASE_EXAMPLE],
  effectiveFrom: NATIONAL_FROM,
  tenures: ['sublease'],
  decide: (s) =>
    effectiveTenure(s) === 'sublease' && contractTerm(s.contract) !== 'under-one-year'
      ? decision(s)
      : notApplicable,
};
