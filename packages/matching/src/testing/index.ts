/**
 * fast-check arbitraries for `@stadig/matching`: offers (as JSON input and parsed),
 * so that you can property-test your own code with valid Stadig data.
 *
 * Needs `fast-check` (an optional peer dependency).
 *
 * @packageDocumentation
 */
export { arbOffer } from './arbOffer';
export { type ArbOfferOptions, arbOfferInput } from './arbOfferInput';
