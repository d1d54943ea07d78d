/**
 * A sparse assignment: 2 000 cases to 10 000 offers with about 5 % feasible pairs
 * (synthetic cases and offers; each case also avoids 17 of the 21 counties, drawn with
 * a seeded generator, to bring feasibility down to about 5 %). The candidate is
 * `assignMatches` (scoring every pair, then the exact sparse shortest-augmenting-path
 * solver); the baseline is a greedy assignment (every feasible pair sorted by score,
 * taken when both sides are free), which is not optimal. Target: under 2 s per
 * assignment, that is at least 1 000 cases per second. The check makes sure the optimal total is at least the greedy one.
 */
import { mulberry32 } from '@stadig/case';
import {
  assignMatches,
  type PreparedCase,
  type PreparedOffer,
  scorePrepared,
} from '@stadig/matching';
import { defineBench } from './harness';
import { memoryTracker, preparedCases, preparedOffers } from './matching-data';

const CASES = 2_000;
const OFFERS = 10_000;
const counties = [1, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 17, 18, 19, 20, 21, 22, 23, 24, 25];
const random = mulberry32(2026);
const shaped: PreparedCase[] = preparedCases(CASES, 9).map((c) => {
  const avoid = [...counties].sort(() => random() - 0.5).slice(0, 17);
  return { ...c, avoidCounties: avoid.reduce((mask, k) => mask | (1 << k), c.avoidCounties) };
});
const offers: PreparedOffer[] = preparedOffers(OFFERS, 9);
const track = memoryTracker('matching-assign');

let feasible = 0;
for (const c of shaped) for (const o of offers) if (scorePrepared(c, o) >= 0) feasible++;
console.error(
  `  matching-assign: ${((100 * feasible) / (CASES * OFFERS)).toFixed(1)} % of ${CASES} × ${OFFERS} pairs feasible`,
);

function greedy(): number {
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < CASES; i++) {
    const c = shaped[i] as PreparedCase;
    for (let j = 0; j < OFFERS; j++) {
      const s = scorePrepared(c, offers[j] as PreparedOffer);
      if (s >= 0) pairs.push([s, i, j]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const caseUsed = new Uint8Array(CASES);
  const offerUsed = new Uint8Array(OFFERS);
  let total = 0;
  for (const [s, i, j] of pairs) {
    if (caseUsed[i] === 1 || offerUsed[j] === 1) continue;
    caseUsed[i] = 1;
    offerUsed[j] = 1;
    total += s;
  }
  return track('greedy', total);
}

const optimal = () => track('assignMatches', assignMatches(shaped, offers).totalScore);

export default defineBench({
  name: 'matching-assign',
  description: `sparse assignment: ${CASES} cases × ${OFFERS} offers, about 5 % feasible`,
  baseline: { name: 'greedy by score (not optimal)', fn: greedy },
  candidates: [{ name: 'assignMatches (exact)', fn: optimal }],
  opsPerCall: CASES,
  unit: 'cases',
  rounds: 3,
  roundMs: 100,
  warmupMs: 0,
  // 2 000 cases in under 2 s
  targetOpsPerSecond: 1_000,
  check: () => {
    const [o, g] = [optimal(), greedy()];
    console.error(`  matching-assign: optimal total ${o}, greedy total ${g}`);
    return o >= g ? [] : ['the optimal total is below the greedy one'];
  },
});
