import { effectiveTenure } from '../../rules/effectiveTenure';
import type { Rule } from '../../rules/Rule';
import { cite } from '../citations';
import { NATIONAL_FROM, notApplicable, perTenure, readAs, readings } from './shared';

const text = {
  sv: 'Skyddat boende, tillfälligt boende och jourlägenheter är tillfälliga lösningar, aldrig stadigvarande boende.',
  en: 'Sheltered housing, temporary housing and emergency apartments are temporary solutions, never permanent housing.',
};

const fail = /* @__PURE__ */ perTenure((facts) => ({ outcome: 'fail', text, facts }));

/**
 * `national.temporary-forms`: sheltered housing, temporary housing (hotel, hostel) and
 * emergency apartments are never permanent: they are where the way to permanent
 * housing starts (seed 003, line 3; seed 000, line 13), and emergency apartments are
 * time-limited by purpose (seed 001, line 87) and outside the grant's aim (seed 004,
 * line 226).
 *
 * @example
 * ```ts
 * temporaryFormsRule.decide(parseHousingSolution({ tenure: 'sheltered-housing', municipality: '2062' })._unsafeUnwrap(), { asOf, household: undefined }).outcome;
 * //=> 'fail'
 * ```
 */
export const temporaryFormsRule: Rule = {
  id: 'national.temporary-forms',
  title: { sv: 'Tillfälliga boendeformer', en: 'Temporary forms of housing' },
  sources: [
    cite('003', 3, 'har bott i ett skyddat boende att sedan ordna'),
    cite('000', 13, 'skyddat boende eller annat tillfälligt boende'),
    cite('001', 87, 'under en tidsbegränsad period'),
    cite('004', 226, 'jourlägenheter'),
  ],
  effectiveFrom: NATIONAL_FROM,
  tenures: readAs('temporary'),
  decide: (s) => (readings[effectiveTenure(s)] === 'temporary' ? fail(s) : notApplicable),
};
