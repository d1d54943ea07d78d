export { housingSolutionJsonSchema } from './housingSolutionJsonSchema';
export { housingSolutionMessages } from './housingSolutionMessages';
export {
  type AddressInput,
  type HousingSolution,
  type HousingSolutionInput,
  housingSolutionSchema,
} from './housingSolutionSchema';
export { type HousingErrorCode, housingMessages } from './messages';
export { parseHousingSolution } from './parseHousingSolution';
export { protectSolutionAddress } from './protectSolutionAddress';
export {
  accessibilityFeatures,
  type HeldTenureKind,
  heldTenureKinds,
  landlordTypes,
  renewalTerms,
  type TenureKind,
  takeoverConditions,
  tenureKinds,
} from './vocabulary';
