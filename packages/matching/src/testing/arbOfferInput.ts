import type { DateOnly } from '@stadig/core';
import fc from 'fast-check';
import type { OfferInput } from '../offer/offerSchema';
import { generateOfferInput, offerRandom } from '../synthetic/generateOfferInput';

/**
 * Options for {@link arbOfferInput} and {@link arbOffer}.
 *
 * @example
 * ```ts
 * const options: ArbOfferOptions = { asOf: parseDateOnly('2026-01-01')._unsafeUnwrap() };
 * ```
 */
export interface ArbOfferOptions {
  /** The first day offers become available. */
  readonly asOf: DateOnly;
}

const text = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0);

/**
 * Valid offer inputs: a synthetic offer (see `generateOffers`) whose street is
 * arbitrary text, so that tests can check that no address leaks.
 *
 * @param options - `asOf`
 * @returns an arbitrary of offer inputs that `parseOffer` accepts
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbOfferInput({ asOf }), (input) => parseOffer(input).isOk()));
 * ```
 */
export function arbOfferInput({ asOf }: ArbOfferOptions): fc.Arbitrary<OfferInput> {
  return fc
    .record({ seed: fc.integer(), index: fc.nat(9999), street: text })
    .map(({ seed, index, street }) => {
      const input = generateOfferInput(offerRandom(seed), asOf, index);
      return { ...input, dwelling: { ...input.dwelling, address: { street, city: 'Fiktiv' } } };
    });
}
