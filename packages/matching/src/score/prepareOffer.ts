import { protect, reveal } from '@stadig/core';
import { accessibilityFeatures, evaluatePermanence, nationalRuleSet } from '@stadig/housing';
import type { Offer } from '../offer/offerSchema';
import { dayNumber } from './dayNumber';
import type { MatchOptions } from './MatchOptions';
import type { PreparedOffer } from './Prepared';

const RAD = Math.PI / 180;
const featureBits = /* @__PURE__ */ (() =>
  new Map(Object.keys(accessibilityFeatures).map((f, i) => [f, 1 << i])))();

/**
 * Reduces an offer once to the plain numbers that scoring needs. Permanence is decided
 * here, once per offer: `evaluatePermanence` under the rule set on `asOf` (without the
 * household: suitability is what the vetoes and components judge); only a `permanent`
 * verdict passes, or a tenure listed in `allowSteps`. Never throws (unless a rule of a
 * custom rule set does).
 *
 * @param offer - a parsed offer
 * @param options - `asOf`, the rule set and the tenures accepted as a step
 * @returns the prepared offer
 *
 * @example
 * ```ts
 * prepareOffer(offer, { asOf }).permanent;
 * //=> true
 * ```
 */
export function prepareOffer(offer: Offer, options: MatchOptions): PreparedOffer {
  const { dwelling, requirements } = offer;
  const verdict = evaluatePermanence(dwelling, {
    asOf: options.asOf,
    ruleSet: options.ruleSet ?? nationalRuleSet,
  }).verdict;
  let accessibility = 0;
  for (const f of dwelling.accessibility ?? []) accessibility |= featureBits.get(f) ?? 0;
  const location = offer.location === undefined ? undefined : reveal(offer.location);
  const municipality = Number(dwelling.municipality);
  return {
    id: offer.id,
    municipality,
    county: Math.floor(municipality / 100),
    rooms: dwelling.rooms ?? 0,
    accessibility,
    petsForbidden: dwelling.petsAllowed === false,
    rent: dwelling.rentPerMonth ?? -1,
    permanent: verdict === 'permanent' || (options.allowSteps ?? []).includes(dwelling.tenure),
    incomeMultiple: requirements.incomeMultiple ?? 0,
    noPaymentRemarks: requirements.noPaymentRemarks === true,
    socialContractRoute: requirements.acceptsSocialContractRoute === true,
    acceptsProtectedIdentity: requirements.acceptsProtectedIdentity !== false,
    availableFrom: dayNumber(offer.availableFrom),
    location:
      location === undefined
        ? undefined
        : protect(Float64Array.of(location.lat * RAD, location.lon * RAD), 'location'),
    schoolKm: offer.nearby?.schoolKm ?? -1,
    supportKm: offer.nearby?.supportKm ?? -1,
  };
}
