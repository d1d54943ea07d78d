import type { PreparedCase, PreparedOffer } from '../score/Prepared';
import { scorePrepared } from '../score/scorePrepared';
import type { Ranked } from './Ranked';
import { topK } from './topK';

/**
 * The best `top` cases for an offer: feasible cases only, by score (higher first),
 * ties in the order of the list. Never throws.
 *
 * @param forOffer - an offer from `prepareOffer`
 * @param cases - cases from `prepareCase`, prepared with the same options
 * @param top - how many at most (default 10)
 * @returns the ranking
 *
 * @example
 * ```ts
 * rankCases(prepareOffer(offer, { asOf }), cases.map((c) => prepareCase(c, { asOf })), 2).map((r) => r.id);
 * //=> ['synthetic-0007', 'synthetic-0001']
 * ```
 */
export function rankCases(
  forOffer: PreparedOffer,
  cases: readonly PreparedCase[],
  top = 10,
): readonly Ranked[] {
  return topK(cases.length, top, (i) => scorePrepared(cases[i] as PreparedCase, forOffer)).map(
    ([index, score]) => ({ id: (cases[index] as PreparedCase).id, index, score }),
  );
}
