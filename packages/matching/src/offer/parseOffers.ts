import {
  createErrorFactory,
  err,
  type NonEmptyReadonlyArray,
  ok,
  type Result,
  type StadigError,
} from '@stadig/core';
import { matchingMessages } from '../messages';
import type { Offer } from './offerSchema';
import { parseOffer } from './parseOffer';

const matchingError = /* @__PURE__ */ createErrorFactory(matchingMessages);

/**
 * Validates one offer or a list of offers (as {@link parseOffer}), and that no two
 * offers share an id. Every problem of every offer is listed, with the offer's index
 * first in the path. Never throws.
 *
 * @param input - an offer or an array of offers
 * @returns the offers, or every problem found
 *
 * @example
 * ```ts
 * parseOffers([offerInput, offerInput])._unsafeUnwrapErr()[0].code;
 * //=> 'matching.duplicate-offer-id'
 * ```
 */
export function parseOffers(
  input: unknown,
): Result<readonly Offer[], NonEmptyReadonlyArray<StadigError>> {
  const list: unknown[] = Array.isArray(input) ? input : [input];
  if (input === null || typeof input !== 'object') {
    return err([matchingError('matching.not-a-list', {})]);
  }
  const offers: Offer[] = [];
  const problems: StadigError[] = [];
  const seen = new Set<string>();
  list.forEach((item, index) => {
    const parsed = parseOffer(item, Array.isArray(input) ? [index] : []);
    if (parsed.isErr()) {
      problems.push(...parsed.error);
      return;
    }
    if (seen.has(parsed.value.id)) {
      problems.push(matchingError('matching.duplicate-offer-id', {}, [index, 'id']));
    }
    seen.add(parsed.value.id);
    offers.push(parsed.value);
  });
  const [first, ...rest] = problems;
  return first === undefined ? ok(offers) : err([first, ...rest]);
}
