/**
 * A dense 1 000 × 1 000 assignment: `solveAssignment` against the `munkres` npm package
 * (v2, Hungarian) on the same weights, the pair scores of synthetic cases and offers
 * with every veto lifted so that all pairs are feasible (munkres minimises
 * `100 − score`). Both get their input built outside the timing; `solveAssignment` gets
 * the complete graph (compressed rows) and builds its cost matrix inside the timing.
 * The scores are whole numbers, so the complete graph goes to the auction with
 * ε-scaling and the exact primal–dual finish (`denseIntegerAssignment`). The scores are
 * nearly additive (a case part plus an offer part) and tie heavily, which is hard for
 * plain shortest augmenting paths. Target: at least 2× faster. The check makes sure
 * both reach the same optimum.
 */
import {
  type PreparedCase,
  type PreparedOffer,
  type SparseGraph,
  scorePrepared,
  solveAssignment,
} from '@stadig/matching';
import munkres from 'munkres';
import { defineBench } from './harness';
import { memoryTracker, preparedCases, preparedOffers } from './matching-data';

const N = 1_000;
const cases: PreparedCase[] = preparedCases(N, 13).map((c) => ({
  ...c,
  canStayHome: true,
  avoidMunicipalities: new Int32Array(0),
  avoidCounties: 0,
  keepAway: undefined,
  roomsNeeded: 1,
  accessibility: 0,
  pets: false,
  protectedIdentity: false,
  latestMoveIn: Number.POSITIVE_INFINITY,
}));
const offers: PreparedOffer[] = preparedOffers(N, 13).map((o) => ({
  ...o,
  permanent: true,
  socialContractRoute: true,
  acceptsProtectedIdentity: true,
}));
const scores = cases.map((c) => offers.map((o) => scorePrepared(c, o)));
if (scores.some((row) => row.some((s) => s < 0))) throw new Error('a pair is still vetoed');
const graph: SparseGraph = {
  rows: N,
  columns: N,
  rowStart: Int32Array.from({ length: N + 1 }, (_, i) => i * N),
  column: Int32Array.from({ length: N * N }, (_, i) => i % N),
  weight: Float64Array.from(scores.flat()),
};
const costs = scores.map((row) => row.map((s) => 100 - s));
const track = memoryTracker('matching-dense');

const ours = () => track('solveAssignment', solveAssignment(graph).total);
const theirs = () => {
  let total = 0;
  for (const [i, j] of munkres(costs)) total += scores[i]?.[j] ?? 0;
  return track('munkres', total);
};

export default defineBench({
  name: 'matching-dense',
  description: `dense ${N} × ${N} assignment of pair scores, the same optimum as munkres`,
  baseline: { name: 'munkres (npm, v2)', fn: theirs },
  candidates: [{ name: 'solveAssignment (auction + exact finish)', fn: ours }],
  opsPerCall: N,
  unit: 'rows',
  rounds: 5,
  roundMs: 300,
  targetRatio: 2,
  check: () => {
    const [a, b] = [ours(), theirs()];
    return a === b ? [] : [`different optimum: solveAssignment ${a}, munkres ${b}`];
  },
});
