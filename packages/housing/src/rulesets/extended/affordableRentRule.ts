import type { Rule } from '../../rules/Rule';
import { cite } from '../citations';
import { unsettled } from '../national/shared';

/**
 * `extended.affordable-rent`: the household's monthly income is at least
 * `incomeMultiple` times the rent. The tenant pays the rent, never the municipality
 * (seed 002, line 78); landlords ask the same of survivors as of anyone (seed 001, line
 * 83) and economic problems, often from economic violence, block leases (seed 001, line
 * 87; seed 004, line 138). The default multiple, 3, is Stadig's assumption (a common
 * landlord requirement), not the seeds': set your own. Needs `solution.rentPerMonth` and
 * `household.monthlyIncome`; without them, `unsettled`. Its facts hold the rent's share
 * of income in whole percent, not the income.
 *
 * @param incomeMultiple - how many times the rent the income must be (default 3)
 * @returns the rule
 *
 * @example
 * ```ts
 * const s = parseHousingSolution({ tenure: 'owned', municipality: '2062', rentPerMonth: 900_000 })._unsafeUnwrap();
 * affordableRentRule().decide(s, { asOf, household: { monthlyIncome: 2_500_000 as Money } }).outcome;
 * //=> 'fail'
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function affordableRentRule(incomeMultiple = 3): Rule {
  const texts = {
    pass: { sv: 'Hushållet har råd med hyran.', en: 'The household can afford the rent.' },
    fail: {
      sv: `Inkomsten är mindre än ${incomeMultiple} gånger hyran.`,
      en: `The income is less than ${incomeMultiple} times the rent.`,
    },
    missing: { sv: 'Hyran eller inkomsten saknas.', en: 'The rent or the income is missing.' },
  };
  const rent = {
    fact: 'solution.rentPerMonth',
    question: {
      sv: 'Vad kostar bostaden per månad (hyra eller avgift)?',
      en: 'What does the home cost per month (rent or fee)?',
    },
  };
  const income = {
    fact: 'household.monthlyIncome',
    question: {
      sv: 'Vad har hushållet för inkomst per månad?',
      en: "What is the household's monthly income?",
    },
  };
  return {
    id: 'extended.affordable-rent',
    title: { sv: 'Överkomlig hyra', en: 'Affordable rent' },
    sources: [
      cite('002', 78, 'kommunen betalar aldrig hyran'),
      cite('001', 83, 'samma typ av krav för bostad'),
      cite('004', 138, 'ekonomiskt våld'),
    ],
    decide: (s, { household }) => {
      const monthly = household?.monthlyIncome;
      if (s.rentPerMonth === undefined) return unsettled(texts.missing, {}, rent);
      if (monthly === undefined) return unsettled(texts.missing, {}, income);
      const affordable = monthly >= incomeMultiple * s.rentPerMonth;
      const share = monthly > 0 ? Math.round((100 * s.rentPerMonth) / monthly) : null;
      const facts = {
        rentPerMonth: s.rentPerMonth,
        rentShareOfIncomePercent: share,
        incomeMultiple,
      };
      return {
        outcome: affordable ? 'pass' : 'fail',
        text: affordable ? texts.pass : texts.fail,
        facts,
      };
    },
  };
}
