import type { PreparedCase, PreparedOffer } from '../score/Prepared';
import { scorePrepared } from '../score/scorePrepared';
import { solveAssignment } from './solveAssignment';

/**
 * One assigned pair: the case and the offer (ids and indexes in the lists given) and
 * the pair's score.
 *
 * @example
 * ```ts
 * const pair: AssignedPair = { caseId: 'synthetic-0001', caseIndex: 1, offerId: 'offer-0007', offerIndex: 7, score: 81 };
 * ```
 */
export interface AssignedPair {
  readonly caseId: string;
  readonly caseIndex: number;
  readonly offerId: string;
  readonly offerIndex: number;
  readonly score: number;
}

/**
 * The result of {@link assignMatches}: the pairs (in the order of the cases), the
 * cases left without an offer, and the total score.
 *
 * @example
 * ```ts
 * const a: Assignment = { pairs: [], unassigned: ['synthetic-0000'], totalScore: 0 };
 * ```
 */
export interface Assignment {
  readonly pairs: readonly AssignedPair[];
  readonly unassigned: readonly string[];
  readonly totalScore: number;
}

/**
 * An optimal one-to-one assignment of a batch of cases to offers: it maximises the
 * total score over feasible pairs only (a vetoed pair is never assigned); among
 * assignments with the same total it assigns as many cases as possible (each pair
 * weighs `score × (k + 1) + 1` for k = the smaller side, so one point of score
 * outweighs any number of extra pairs). Solved by {@link solveAssignment}, which is
 * deterministic: the same lists in the same order give the same pairs. Offers are
 * grouped by county once, so a case never scores the counties it avoids. Never throws.
 *
 * @param cases - cases from `prepareCase`
 * @param offers - offers from `prepareOffer`, prepared with the same options
 * @returns the pairs, the unassigned cases and the total score
 *
 * @example
 * ```ts
 * const a = assignMatches(cases.map((c) => prepareCase(c, { asOf })), offers.map((o) => prepareOffer(o, { asOf })));
 * a.pairs.length + a.unassigned.length === cases.length;
 * //=> true
 * ```
 */
export function assignMatches(
  cases: readonly PreparedCase[],
  offers: readonly PreparedOffer[],
): Assignment {
  const n = cases.length;
  const m = offers.length;
  const k = Math.min(n, m) + 1;
  const rowStart = new Int32Array(n + 1);
  let column = new Int32Array(Math.max(16, n * 4));
  let weight = new Float64Array(column.length);
  let edges = 0;
  // Offers by county (in list order), so that a case skips the counties it avoids.
  const byCounty = new Map<number, number[]>();
  for (let j = 0; j < m; j++) {
    const county = (offers[j] as PreparedOffer).county;
    const list = byCounty.get(county);
    if (list === undefined) byCounty.set(county, [j]);
    else list.push(j);
  }
  const groups = [...byCounty].sort((a, b) => a[0] - b[0]);
  for (let r = 0; r < n; r++) {
    const c = cases[r] as PreparedCase;
    for (const [county, list] of groups) {
      if (county < 32 && (c.avoidCounties & (1 << county)) !== 0) continue;
      for (const j of list) {
        const s = scorePrepared(c, offers[j] as PreparedOffer);
        if (s < 0) continue;
        if (edges === column.length) {
          const more = new Int32Array(edges * 2);
          more.set(column);
          column = more;
          const w = new Float64Array(edges * 2);
          w.set(weight);
          weight = w;
        }
        column[edges] = j;
        weight[edges++] = s * k + 1;
      }
    }
    rowStart[r + 1] = edges;
  }
  const solution = solveAssignment({
    rows: n,
    columns: m,
    rowStart,
    column: column.subarray(0, edges),
    weight: weight.subarray(0, edges),
  });
  const pairs: AssignedPair[] = [];
  const unassigned: string[] = [];
  let totalScore = 0;
  for (let r = 0; r < n; r++) {
    const j = solution.rowToColumn[r] as number;
    const c = cases[r] as PreparedCase;
    if (j < 0) {
      unassigned.push(c.id);
      continue;
    }
    const o = offers[j] as PreparedOffer;
    const score = scorePrepared(c, o);
    totalScore += score;
    pairs.push({ caseId: c.id, caseIndex: r, offerId: o.id, offerIndex: j, score });
  }
  return { pairs, unassigned, totalScore };
}
