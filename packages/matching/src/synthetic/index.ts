export { type GenerateOffersOptions, generateOfferInputs } from './generateOfferInputs';
export { generateOffers } from './generateOffers';
