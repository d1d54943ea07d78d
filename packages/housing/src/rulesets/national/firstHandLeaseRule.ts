import { contractTerm } from '../../rules/contractTerm';
import { effectiveTenure } from '../../rules/effectiveTenure';
import type { Rule } from '../../rules/Rule';
import { cite } from '../citations';
import {
  DEFINITION,
  NATIONAL_FROM,
  notApplicable,
  perTenure,
  tenureFactsWith,
  unsettled,
} from './shared';

const open = {
  sv: 'Ett förstahandskontrakt som gäller tills vidare är ett stadigvarande boende.',
  en: 'A first-hand lease until further notice is permanent housing.',
};
const fixed = {
  sv: 'Förstahandskontraktet är tidsbegränsat; källorna avgör inte om det är långsiktigt.',
  en: 'The first-hand lease has a fixed term; the sources do not settle whether it is long-term.',
};
const question = {
  fact: 'contract.extension',
  question: {
    sv: 'Förlängs kontraktet, eller övergår det till att gälla tills vidare?',
    en: 'Will the lease be extended, or continue until further notice?',
  },
};

const pass = /* @__PURE__ */ perTenure((facts) => ({ outcome: 'pass', text: open, facts }));

/**
 * `national.first-hand-lease`: an open-ended first-hand lease is permanent housing
 * (seed 001, line 87: a first-hand contract "and thereby" permanent housing; seed 004,
 * line 329). A fixed term of at least a year is `unsettled`: the sources do not say
 * whether it is long-term. (Shorter terms fail `national.one-year-term`.)
 *
 * @example
 * ```ts
 * const s = parseHousingSolution({ tenure: 'first-hand-lease', municipality: '2062', contract: { start: '2024-03-01' } })._unsafeUnwrap();
 * firstHandLeaseRule.decide(s, { asOf, household: undefined }).outcome;
 * //=> 'pass'
 * ```
 */
export const firstHandLeaseRule: Rule = {
  id: 'national.first-hand-lease',
  title: { sv: 'Förstahandskontrakt', en: 'First-hand lease' },
  sources: [
    cite('001', 87, 'förstahandskontrakt och därmed ett stadigvarande boende'),
    cite('004', 329, 'mer permanenta boendelösningar, exempelvis förstahandskontrakt'),
    DEFINITION,
  ],
  effectiveFrom: NATIONAL_FROM,
  tenures: ['first-hand-lease'],
  decide: (s) => {
    if (effectiveTenure(s) !== 'first-hand-lease') return notApplicable;
    const term = contractTerm(s.contract);
    if (term === 'open-ended') return pass(s);
    if (term !== 'one-year-or-more') return notApplicable;
    return unsettled(fixed, tenureFactsWith(s, 'renewal', s.contract?.renewal ?? null), question);
  },
};
