/**
 * The best 10 of 100 000 offers for one case: `rankOffers` (one pass, a buffer of 10)
 * against a naive baseline that scores every offer, keeps the feasible ones and sorts
 * them all. Target: under 50 ms per ranking (at least 20 rankings per second). The
 * check makes sure both give the same ten.
 */
import { type PreparedOffer, rankOffers, scorePrepared } from '@stadig/matching';
import { defineBench } from './harness';
import { memoryTracker, preparedCases, preparedOffers } from './matching-data';

const N = 100_000;
const cases = preparedCases(16, 5);
const offers: PreparedOffer[] = preparedOffers(N, 5);
const track = memoryTracker('matching-top10');
let turn = 0;

function naive(i: number) {
  const c = cases[i % cases.length] as (typeof cases)[number];
  const all: { index: number; score: number }[] = [];
  for (let j = 0; j < offers.length; j++) {
    const score = scorePrepared(c, offers[j] as PreparedOffer);
    if (score >= 0) all.push({ index: j, score });
  }
  all.sort((a, b) => b.score - a.score || a.index - b.index);
  return all.slice(0, 10).map((r) => [r.index, r.score]);
}

const ranked = (i: number) =>
  rankOffers(cases[i % cases.length] as (typeof cases)[number], offers, 10).map((r) => [
    r.index,
    r.score,
  ]);

export default defineBench({
  name: 'matching-top10',
  description: `the best 10 of ${N} prepared offers for one case`,
  baseline: { name: 'score all, sort all (naive)', fn: () => track('naive', naive(turn++)) },
  candidates: [
    { name: 'rankOffers (top-k buffer)', fn: () => track('rankOffers', ranked(turn++)) },
  ],
  unit: 'rankings',
  rounds: 5,
  targetOpsPerSecond: 20,
  check: () =>
    cases.every((_, i) => JSON.stringify(naive(i)) === JSON.stringify(ranked(i)))
      ? []
      : ['rankOffers and the naive ranking disagree'],
});
