import type fc from 'fast-check';
import type { Offer } from '../offer/offerSchema';
import { parseOffer } from '../offer/parseOffer';
import { type ArbOfferOptions, arbOfferInput } from './arbOfferInput';

/**
 * Parsed offers, from {@link arbOfferInput}.
 *
 * @param options - `asOf`
 * @returns an arbitrary of offers
 *
 * @example
 * ```ts
 * fc.sample(arbOffer({ asOf }), 1)[0]?.id.startsWith('offer-');
 * //=> true
 * ```
 */
export function arbOffer(options: ArbOfferOptions): fc.Arbitrary<Offer> {
  return arbOfferInput(options)
    .map((input) => parseOffer(input))
    .filter((parsed) => parsed.isOk())
    .map((parsed) => parsed._unsafeUnwrap());
}
