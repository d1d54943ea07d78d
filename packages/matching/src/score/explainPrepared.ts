import { componentText } from './componentText';
import { softScore, VETO, vetoMask } from './evaluatePair';
import type { MatchScore, MatchVeto, ScoreComponent } from './MatchScore';
import type { PreparedCase, PreparedOffer } from './Prepared';
import { componentIds } from './pointsFromWeights';
import { scoreComponents, type VetoId, vetoReasons } from './vocabulary';

/**
 * The explained score of a prepared pair (see {@link scoreMatch}): the same code as
 * {@link scorePrepared}, with every veto and each component's whole points. A
 * component gets the whole points of its thousandths rounded down; the points left to
 * reach the score go one each to the components with the largest remainders (ties to
 * the earlier component), so the values add up exactly to the score. Never throws.
 *
 * @param c - a case from {@link prepareCase}
 * @param o - an offer from {@link prepareOffer}, prepared with the same options
 * @returns the explained score
 *
 * @example
 * ```ts
 * explainPrepared(prepareCase(c, { asOf }), prepareOffer(offer, { asOf })).score;
 * //=> 74
 * ```
 */
export function explainPrepared(c: PreparedCase, o: PreparedOffer): MatchScore {
  const mask = vetoMask(c, o, true);
  const vetoes: MatchVeto[] = [];
  for (const id of Object.keys(vetoReasons) as VetoId[]) {
    if ((mask & VETO[id]) !== 0) vetoes.push({ id, text: vetoReasons[id] });
  }
  const milli = new Int32Array(5);
  const score = softScore(c, o, milli);
  const whole = Array.from(milli, (m) => Math.floor(m / 1000));
  let left = score - whole.reduce((a, b) => a + b, 0);
  const order = Array.from(milli, (m, i) => [m % 1000, i] as const)
    .filter(([r]) => r > 0)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    whole[i] = (whole[i] ?? 0) + 1;
    left--;
  }
  const components: ScoreComponent[] = componentIds.map((id, i) => {
    const weight = c.points[i] ?? 0;
    const value = whole[i] ?? 0;
    return { id, weight, value, text: componentText(id, scoreComponents[id], c, o, value, weight) };
  });
  return { caseId: c.id, offerId: o.id, feasible: mask === 0, vetoes, score, components };
}
