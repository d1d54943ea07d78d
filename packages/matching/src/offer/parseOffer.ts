import {
  type ErrorPath,
  type NonEmptyReadonlyArray,
  parseWithSchema,
  protect,
  type Result,
  type StadigError,
} from '@stadig/core';
import { housingSolutionMessages as catalogue, protectSolutionAddress } from '@stadig/housing';
import { type Offer, offerSchema } from './offerSchema';

/**
 * Validates an offer from any input and wraps the dwelling's address
 * (`protect(…, 'address')`) and the location (`protect(…, 'location')`). Lists every
 * problem with its path; no error repeats a value from the input. Never throws.
 *
 * @param input - anything; see {@link OfferInput} for the shape
 * @param path - where the offer sits in a larger input, prefixed to error paths
 * @returns the offer, or every problem found
 *
 * @example
 * ```ts
 * parseOffer({
 *   id: 'o1',
 *   dwelling: { tenure: 'first-hand-lease', municipality: '2080', address: 'Påhittad väg 1' },
 *   offeredBy: { kind: 'landlord' },
 *   availableFrom: '2026-02-01',
 *   requirements: {},
 * }).map((o) => JSON.stringify(o.dwelling.address));
 * //=> ok('"[protected:address]"')
 * parseOffer({ id: 'o1' })._unsafeUnwrapErr()[0].code;
 * //=> 'validation.required'
 * ```
 */
export function parseOffer(
  input: unknown,
  path: ErrorPath = [],
): Result<Offer, NonEmptyReadonlyArray<StadigError>> {
  return parseWithSchema(offerSchema, input, { path, catalogue }).map(
    ({ dwelling, location, ...rest }): Offer => ({
      ...rest,
      dwelling: protectSolutionAddress(dwelling),
      ...(location === undefined ? {} : { location: protect(location, 'location') }),
    }),
  );
}
