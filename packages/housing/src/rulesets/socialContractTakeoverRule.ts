import { effectiveTenure } from '../rules/effectiveTenure';
import type { Rule } from '../rules/Rule';
import { cite } from './citations';
import { notApplicable, tenureFacts, unsettled } from './national/shared';

/**
 * A municipal rule for social contracts (`strict.social-contract-takeover`): a social
 * contract counts as permanent only when its takeover clause lets the tenant take over
 * the lease within `withinMonths` months of the start; without such a clause it does
 * not count. Mora's practice (seed 002, line 78: the tenant usually takes over after a
 * year if all went well; seed 001, line 121). Without contract data, `unsettled`.
 * Use it to override `national.social-contract`.
 *
 * @param withinMonths - the longest wait for the takeover, in months (Mora: 12)
 * @returns the rule
 *
 * @example
 * ```ts
 * const s = parseHousingSolution({
 *   tenure: 'social-contract', municipality: '2062', contract: { start: '2024-03-01', takeover: { afterMonths: 12 } },
 * })._unsafeUnwrap();
 * socialContractTakeoverRule(12).decide(s, { asOf, household: undefined }).outcome;
 * //=> 'pass'
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function socialContractTakeoverRule(withinMonths: number): Rule {
  const texts = {
    pass: {
      sv: `Hyresgästen får ta över kontraktet inom ${withinMonths} månader.`,
      en: `The tenant may take over the lease within ${withinMonths} months.`,
    },
    fail: {
      sv: `Kontraktet saknar rätt att ta över det inom ${withinMonths} månader.`,
      en: `The contract gives no right to take it over within ${withinMonths} months.`,
    },
    missing: { sv: 'Kontraktet saknas.', en: 'The contract is missing.' },
  };
  const question = {
    fact: 'contract',
    question: {
      sv: 'Vilka datum och vilken övertagandeklausul har det sociala kontraktet?',
      en: 'What dates and what takeover clause does the social contract have?',
    },
  };
  return {
    id: 'strict.social-contract-takeover',
    title: { sv: 'Socialt kontrakt med övertagande', en: 'Social contract with takeover' },
    sources: [
      cite('002', 78, 'Efter ett år brukar de få ta över kontraktet'),
      cite('001', 121, 'kommunen står på kontraktet till en början'),
    ],
    tenures: ['social-contract'],
    decide: (s) => {
      if (effectiveTenure(s) !== 'social-contract') return notApplicable;
      if (s.contract === undefined) return unsettled(texts.missing, tenureFacts(s), question);
      const months = s.contract.takeover?.afterMonths;
      const facts = { ...tenureFacts(s), takeoverAfterMonths: months ?? null, withinMonths };
      const within = months !== undefined && months <= withinMonths;
      return { outcome: within ? 'pass' : 'fail', text: within ? texts.pass : texts.fail, facts };
    },
  };
}
