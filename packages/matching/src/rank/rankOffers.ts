import type { PreparedCase, PreparedOffer } from '../score/Prepared';
import { scorePrepared } from '../score/scorePrepared';
import type { Ranked } from './Ranked';
import { topK } from './topK';

/**
 * The best `top` offers for a case: feasible offers only, by score (higher first),
 * ties in the order of the list. One pass over the offers with a buffer of `top`, so
 * 100 000 prepared offers take a few milliseconds. Never throws.
 *
 * @param forCase - a case from `prepareCase`
 * @param offers - offers from `prepareOffer`, prepared with the same options
 * @param top - how many at most (default 10)
 * @returns the ranking
 *
 * @example
 * ```ts
 * rankOffers(prepareCase(c, { asOf }), offers.map((o) => prepareOffer(o, { asOf })), 3).map((r) => r.id);
 * //=> ['offer-0017', 'offer-0003', 'offer-0040']
 * ```
 */
export function rankOffers(
  forCase: PreparedCase,
  offers: readonly PreparedOffer[],
  top = 10,
): readonly Ranked[] {
  return topK(offers.length, top, (i) => scorePrepared(forCase, offers[i] as PreparedOffer)).map(
    ([index, score]) => ({ id: (offers[index] as PreparedOffer).id, index, score }),
  );
}
