import type { LocalizedText, NonEmptyReadonlyArray } from '@stadig/core';
import { contractTerm } from '../../rules/contractTerm';
import { effectiveTenure } from '../../rules/effectiveTenure';
import type { Rule, SourceCitation } from '../../rules/Rule';
import { tenureKinds } from '../../solution/vocabulary';
import { cite } from '../citations';
import { DEFINITION, NATIONAL_FROM, notApplicable, perTenure, unsettled } from './shared';

type Open = 'lodger' | 'with-relatives' | 'special-housing' | 'other';

/*@__NO_SIDE_EFFECTS__*/
function openQuestionRule(
  kind: Open,
  question: LocalizedText,
  sources: NonEmptyReadonlyArray<SourceCitation>,
): Rule {
  const label = tenureKinds[kind];
  const title = {
    sv: `${label.sv[0]?.toUpperCase()}${label.sv.slice(1)}`,
    en: `${label.en[0]?.toUpperCase()}${label.en.slice(1)}`,
  };
  const text = {
    sv: `Källorna avgör inte om ${label.sv} är en långsiktig lösning.`,
    en: `The sources do not settle whether ${label.en} is a long-term solution.`,
  };
  const missing = { fact: `${kind}.long-term`, question };
  const decision = perTenure((facts) => unsettled(text, facts, missing));
  return {
    id: `national.${kind}`,
    title,
    sources,
    effectiveFrom: NATIONAL_FROM,
    tenures: [kind],
    decide: (s) =>
      effectiveTenure(s) === kind && contractTerm(s.contract) !== 'under-one-year'
        ? decision(s)
        : notApplicable,
  };
}

/**
 * `national.lodger`, `national.with-relatives`, `national.special-housing` and
 * `national.other`: forms the sources do not settle. Each is `unsettled` with its own
 * question, read against seed 003's "long-term solution" (line 12): with relatives, the
 * relatives may be the threat in honour-related violence (seed 000, lines 47–49; seed
 * 001, line 77); special housing under SoL/LSS serves people with care needs or
 * disabilities (seed 000, line 25; seed 001, line 89); the definition itself is still
 * debated (seed 004, line 448). (Terms shorter than one year fail `national.one-year-term`.)
 *
 * @example
 * ```ts
 * openQuestionRules.map((r) => r.id);
 * //=> ['national.lodger', 'national.with-relatives', 'national.special-housing', 'national.other']
 * ```
 */
export const openQuestionRules: readonly Rule[] = /* @__PURE__ */ (() => [
  openQuestionRule(
    'lodger',
    {
      sv: 'Kan hushållet bo kvar som inneboende länge, med eget avtal och trygga villkor?',
      en: 'Can the household stay on as lodgers for long, with its own agreement and secure terms?',
    },
    [DEFINITION],
  ),
  openQuestionRule(
    'with-relatives',
    {
      sv: 'Kan hushållet bo kvar hos de anhöriga länge, och är det säkert där?',
      en: 'Can the household stay with the relatives for long, and is it safe there?',
    },
    [
      DEFINITION,
      cite('000', '47–49', 'lämpar sig inte alltid'),
      cite('001', 77, 'fler än en våldsutövare'),
    ],
  ),
  openQuestionRule(
    'special-housing',
    {
      sv: 'Är boendet ett varaktigt beslut enligt SoL eller LSS som personen kan behålla?',
      en: 'Is the housing a lasting decision under SoL or LSS that the person can keep?',
    },
    [
      DEFINITION,
      cite('000', 25, 'stora vård- och omsorgsbehov'),
      cite('001', 89, 'funktionsnedsättning'),
    ],
  ),
  openQuestionRule(
    'other',
    {
      sv: 'Vilken boendeform är det, och är den en långsiktig lösning?',
      en: 'What form of housing is it, and is it a long-term solution?',
    },
    [DEFINITION, cite('004', 448, 'Hur ska ”stadigvarande boende” tolkas?')],
  ),
])();
