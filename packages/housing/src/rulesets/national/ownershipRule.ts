import { effectiveTenure } from '../../rules/effectiveTenure';
import type { Rule } from '../../rules/Rule';
import { DEFINITION, NATIONAL_FROM, notApplicable, perTenure, readAs, readings } from './shared';

const text = {
  sv: 'Att äga sin bostad (bostadsrätt eller äganderätt) är en långsiktig lösning.',
  en: 'Owning the home (tenant-owned or owned) is a long-term solution.',
};

const pass = /* @__PURE__ */ perTenure((facts) => ({ outcome: 'pass', text, facts }));

/**
 * `national.ownership`: a tenant-owned flat (bostadsrätt) or an owned home has no
 * term that can run out, so it is a long-term solution of the housing situation
 * (seed 003, line 12). Also when the survivor stays in a home they own.
 *
 * @example
 * ```ts
 * ownershipRule.decide(parseHousingSolution({ tenure: 'owned', municipality: '2062' })._unsafeUnwrap(), { asOf, household: undefined }).outcome;
 * //=> 'pass'
 * ```
 */
export const ownershipRule: Rule = {
  id: 'national.ownership',
  title: { sv: 'Ägt boende', en: 'Owned home' },
  sources: [DEFINITION],
  effectiveFrom: NATIONAL_FROM,
  tenures: readAs('ownership'),
  decide: (s) => (readings[effectiveTenure(s)] === 'ownership' ? pass(s) : notApplicable),
};
