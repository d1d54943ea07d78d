import { countyOf } from '@stadig/core';
import type { Rule } from '../../rules/Rule';
import { cite } from '../citations';
import { unsettled } from '../national/shared';

const texts = {
  pass: {
    sv: 'Bostaden ligger inte där hushållet måste undvika.',
    en: 'The home is not where the household must keep away from.',
  },
  fail: {
    sv: 'Bostaden ligger i en kommun eller ett län som hushållet måste undvika.',
    en: 'The home is in a municipality or county the household must avoid.',
  },
  missing: {
    sv: 'Det är inte känt var hushållet måste undvika.',
    en: 'Where the household must keep away from is not known.',
  },
};
const question = {
  fact: 'household.avoid',
  question: {
    sv: 'Vilka kommuner eller län måste hushållet undvika enligt riskbedömningen (till exempel FREDA)?',
    en: 'Which municipalities or counties must the household avoid according to the risk assessment (for example FREDA)?',
  },
};

/**
 * `extended.avoided-area`: a home in a municipality, or a county, that the household
 * must avoid for its safety is not a solution: the risk assessment can show that the
 * person cannot stay where the perpetrator is (seed 002, line 92) or be moved back home
 * (seed 001, line 117). Needs `household.avoidMunicipalities` or `avoidCounties`
 * (empty lists mean none); without them, `unsettled`. Its facts say only whether the
 * home is in an avoided place, never which places are avoided.
 *
 * @example
 * ```ts
 * const s = parseHousingSolution({ tenure: 'owned', municipality: '2062' })._unsafeUnwrap();
 * avoidedAreaRule.decide(s, { asOf, household: { avoidCounties: ['20' as CountyCode] } }).outcome;
 * //=> 'fail'
 * ```
 */
export const avoidedAreaRule: Rule = {
  id: 'extended.avoided-area',
  title: { sv: 'Inte där hushållet måste undvika', en: 'Not where the household must avoid' },
  sources: [
    cite('002', 92, 'inte kan vara kvar i kommunen'),
    cite('001', 117, 'inte kan flyttas hem till hemkommunen'),
  ],
  decide: (s, { household }) => {
    const municipalities = household?.avoidMunicipalities;
    const counties = household?.avoidCounties;
    if (municipalities === undefined && counties === undefined) {
      return unsettled(texts.missing, {}, question);
    }
    const inMunicipality = municipalities?.includes(s.municipality) ?? false;
    const inCounty = counties?.includes(countyOf(s.municipality).code) ?? false;
    const avoided = inMunicipality || inCounty;
    return {
      outcome: avoided ? 'fail' : 'pass',
      text: avoided ? texts.fail : texts.pass,
      facts: { inAvoidedMunicipality: inMunicipality, inAvoidedCounty: inCounty },
    };
  },
};
