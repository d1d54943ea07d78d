import { assert, assertMessages } from '@stadig/core';
import type { Offer } from '../offer/offerSchema';
import { parseOffer } from '../offer/parseOffer';
import { type GenerateOffersOptions, generateOfferInputs } from './generateOfferInputs';

/**
 * Deterministic, clearly synthetic offers for demos, tests and benchmarks, to go with
 * `generateCases` of `@stadig/case`: municipalities skewed towards the first codes,
 * 1–5 rooms, rents that grow with the rooms, mostly first-hand leases with some social
 * contracts, subleases and tenant-owned flats, landlord requirements, and invented
 * addresses (Testgatan 12, Fiktiv) and locations. Never a real address.
 *
 * @param options - seed, count and `asOf`
 * @returns the parsed offers
 *
 * @example
 * ```ts
 * generateOffers({ seed: 1, count: 3, asOf }).map((o) => o.id);
 * //=> ['offer-0000', 'offer-0001', 'offer-0002']
 * ```
 */
export function generateOffers(options: GenerateOffersOptions): readonly Offer[] {
  return generateOfferInputs(options).map((input) => {
    const parsed = parseOffer(input);
    // A generated offer that does not parse is a bug in the generator.
    assert(parsed.isOk(), assertMessages.unreachable);
    return parsed.value;
  });
}
