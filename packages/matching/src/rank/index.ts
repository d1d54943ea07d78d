export type { Ranked } from './Ranked';
export { rankCases } from './rankCases';
export { rankOffers } from './rankOffers';
