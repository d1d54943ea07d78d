import { softScore, vetoMask } from './evaluatePair';
import type { PreparedCase, PreparedOffer } from './Prepared';

/**
 * The score (0–100) of a prepared pair, or -1 when a hard veto rules the pair out: the
 * fast path for ranking, assignment and exchange planning, on plain numbers. It runs
 * the same code as {@link scoreMatch}, so the two never disagree. Never throws.
 *
 * @param c - a case from {@link prepareCase}
 * @param o - an offer from {@link prepareOffer}, prepared with the same options
 * @returns the score, or -1 when vetoed
 *
 * @example
 * ```ts
 * scorePrepared(prepareCase(c, { asOf }), prepareOffer(offer, { asOf }));
 * //=> 74
 * ```
 */
export function scorePrepared(c: PreparedCase, o: PreparedOffer): number {
  return vetoMask(c, o, false) !== 0 ? -1 : softScore(c, o, null);
}
