/**
 * `@stadig/matching`: safe matching of households to homes.
 *
 * - offers as a zod schema and `parseOffer`, which protects the address and location;
 * - `scoreMatch`: hard vetoes and explained soft components that add up to the score,
 *   with a fast path on prepared records (`prepareCase`, `prepareOffer`, `scorePrepared`);
 * - ranking both ways (`rankOffers`, `rankCases`), top-k;
 * - `assignMatches`: an optimal one-to-one assignment over feasible pairs;
 * - `planExchange`: exchange planning between municipalities through a shared ledger;
 * - `generateOffers`: deterministic, clearly fake offers.
 *
 * @packageDocumentation
 */

export * from './assign';
export * from './exchange';
export { type MatchingErrorCode, matchingMessages } from './messages';
export * from './offer';
export * from './rank';
export * from './score';
export * from './synthetic';
