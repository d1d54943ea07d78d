import { contractTerm } from '../../rules/contractTerm';
import { effectiveTenure } from '../../rules/effectiveTenure';
import type { Rule } from '../../rules/Rule';
import {
  NATIONAL_FROM,
  notApplicable,
  readAs,
  readings,
  SUBLEASE_EXAMPLE,
  tenureFacts,
  termFacts,
  unsettled,
} from './shared';

const texts = {
  missing: { sv: 'Kontraktets datum saknas.', en: "The contract's dates are missing." },
  open: { sv: 'Kontraktet gäller tills vidare.', en: 'The contract is open-ended.' },
  short: {
    sv: 'Kontraktstiden är kortare än ett år.',
    en: 'The contract term is shorter than one year.',
  },
  year: { sv: 'Kontraktstiden är minst ett år.', en: 'The contract term is at least one year.' },
};
const question = {
  fact: 'contract',
  question: {
    sv: 'När börjar kontraktet, och när slutar det (eller gäller det tills vidare)?',
    en: 'When does the contract start, and when does it end (or is it open-ended)?',
  },
};

/**
 * `national.one-year-term`: a contract whose term is shorter than one calendar year is
 * not permanent. Seed 003 (line 12) gives a sublease shorter than one year as what the
 * term does not mean; Stadig reads the one-year floor for every rented form (a home that
 * ends within a year is no long-term solution). Calendar-exact, end date inclusive (see
 * `contractTerm`). Rented forms without contract dates are `unsettled`; ownership and
 * temporary forms are not read.
 *
 * @example
 * ```ts
 * const s = parseHousingSolution({ tenure: 'sublease', municipality: '2062', contract: { start: '2024-03-01', end: '2025-02-27' } })._unsafeUnwrap();
 * oneYearTermRule.decide(s, { asOf, household: undefined }).outcome;
 * //=> 'fail'
 * ```
 */
export const oneYearTermRule: Rule = {
  id: 'national.one-year-term',
  title: { sv: 'Kontraktstid minst ett år', en: 'Contract term of at least one year' },
  sources: [SUBLEASE_EXAMPLE],
  effectiveFrom: NATIONAL_FROM,
  tenures: readAs('rented', 'open-question'),
  decide: (s) => {
    const reading = readings[effectiveTenure(s)];
    if (reading === 'temporary' || reading === 'ownership') return notApplicable;
    const term = contractTerm(s.contract);
    const { contract } = s;
    if (contract === undefined) {
      return reading === 'rented'
        ? unsettled(texts.missing, tenureFacts(s), question)
        : notApplicable;
    }
    const facts = termFacts(s, contract.start, contract.end ?? null);
    if (term === 'under-one-year') return { outcome: 'fail', text: texts.short, facts };
    return { outcome: 'pass', text: term === 'open-ended' ? texts.open : texts.year, facts };
  },
};
