import type { DateOnly } from '@stadig/core';
import type { OfferInput } from '../offer/offerSchema';
import { generateOfferInput, offerRandom } from './generateOfferInput';

/**
 * Options for {@link generateOffers} and {@link generateOfferInputs}.
 *
 * @example
 * ```ts
 * const options: GenerateOffersOptions = { seed: 1, count: 100, asOf: parseDateOnly('2026-01-01')._unsafeUnwrap() };
 * ```
 */
export interface GenerateOffersOptions {
  /** Any integer; the same seed gives the same offers. */
  readonly seed: number;
  /** How many offers (0–1 000 000; more are cut). */
  readonly count: number;
  /** The first day offers become available (they do so within 120 days). */
  readonly asOf: DateOnly;
}

/**
 * Deterministic synthetic offers as JSON input (see {@link generateOffers}): what
 * `stadig generate offers` prints.
 *
 * @param options - seed, count and `asOf`
 * @returns the offer inputs, with ids `offer-0000`, `offer-0001`, …
 *
 * @example
 * ```ts
 * generateOfferInputs({ seed: 1, count: 2, asOf }).map((o) => o.id);
 * //=> ['offer-0000', 'offer-0001']
 * ```
 */
export function generateOfferInputs(options: GenerateOffersOptions): OfferInput[] {
  const random = offerRandom(options.seed);
  const count = Math.max(0, Math.min(1_000_000, Math.floor(options.count) || 0));
  return Array.from({ length: count }, (_, i) => generateOfferInput(random, options.asOf, i));
}
