export { offerJsonSchema } from './offerJsonSchema';
export { type Offer, type OfferInput, offerSchema } from './offerSchema';
export {
  type NearbyKind,
  nearbyKinds,
  type OfferProvider,
  offerProviders,
} from './offerVocabulary';
export { parseOffer } from './parseOffer';
export { parseOffers } from './parseOffers';
