/**
 * Pair scores per second: `scorePrepared` over cases and offers prepared once
 * (`prepareCase`, `prepareOffer`), against a naive baseline that scores each pair
 * from the parsed case and offer with `scoreMatch` (preparing both and explaining
 * every component for every pair). Target: at least 5 000 000 pair scores per second.
 * The check makes sure both give the same score (or a veto) for every pair.
 */
import { generateCases } from '@stadig/case';
import {
  generateOffers,
  type PreparedCase,
  type PreparedOffer,
  prepareCase,
  prepareOffer,
  scoreMatch,
  scorePrepared,
} from '@stadig/matching';
import { defineBench } from './harness';
import { asOf, memoryTracker, options } from './matching-data';

const CASES = 20;
const OFFERS = 1_000;
const cases = generateCases({ seed: 3, count: CASES, asOf });
const offers = generateOffers({ seed: 3, count: OFFERS, asOf });
const pc: PreparedCase[] = cases.map((c) => prepareCase(c, options));
const po: PreparedOffer[] = offers.map((o) => prepareOffer(o, options));
const track = memoryTracker('matching-score');

function prepared(): number {
  let sum = 0;
  for (const c of pc) for (const o of po) sum += scorePrepared(c, o);
  return track('scorePrepared', sum);
}

function naive(): number {
  let sum = 0;
  for (const c of cases)
    for (const o of offers) {
      const s = scoreMatch(c, o, options);
      sum += s.feasible ? s.score : -1;
    }
  return track('scoreMatch', sum);
}

export default defineBench({
  name: 'matching-score',
  description: `pair scores: ${CASES} cases × ${OFFERS} offers per call`,
  baseline: { name: 'scoreMatch per pair (naive)', fn: naive },
  candidates: [{ name: 'scorePrepared (prepared once)', fn: prepared }],
  opsPerCall: CASES * OFFERS,
  unit: 'pairs',
  rounds: 5,
  targetOpsPerSecond: 5_000_000,
  check: () => (prepared() === naive() ? [] : ['scorePrepared and scoreMatch disagree']),
});
