import type { Case } from '@stadig/case';
import type { Offer } from '../offer/offerSchema';
import { explainPrepared } from './explainPrepared';
import type { MatchOptions } from './MatchOptions';
import type { MatchScore } from './MatchScore';
import { prepareCase } from './prepareCase';
import { prepareOffer } from './prepareOffer';

/**
 * Scores a household × dwelling pair with explanations: `feasible`, the hard `vetoes`
 * (avoided municipality or county, the home municipality when the household cannot
 * stay, too close to a place to keep away from, not permanent under the rule set
 * unless an allowed step, too few rooms, accessibility, pets, landlord requirements
 * with no social-contract route, protected identity not accepted, available too late),
 * the `score` 0–100 and its `components` (affordability, rooms, own wishes, nearness,
 * time in sheltered housing), whose values add up exactly to the score. Distances are
 * computed from the Protected coordinates but never output. Never throws.
 *
 * @param c - a parsed case
 * @param offer - a parsed offer
 * @param options - `asOf`, weights, rule set, allowed steps and the household's wishes
 * @returns the explained score
 *
 * @example
 * ```ts
 * const s = scoreMatch(c, offer, { asOf, weights: { affordability: 50 } });
 * s.feasible;
 * //=> true
 * s.components.map((x) => x.id);
 * //=> ['affordability', 'rooms', 'preferences', 'nearness', 'priority']
 * ```
 */
export function scoreMatch(c: Case, offer: Offer, options: MatchOptions): MatchScore {
  return explainPrepared(prepareCase(c, options), prepareOffer(offer, options));
}
