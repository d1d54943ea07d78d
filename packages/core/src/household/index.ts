export { agesAt } from './agesAt';
export { type HouseholdComposition, householdCompositionSchema } from './HouseholdComposition';
export type { HouseholdAges } from './householdAges';
export { type HouseholdErrorCode, householdMessages } from './messages';
export {
  type ParseHouseholdOptions,
  parseHouseholdComposition,
} from './parseHouseholdComposition';
export { type RoomNorm, roomNormSchema } from './RoomNorm';
export { type RoomNormId, roomNorms } from './roomNorms';
export { type RoomsNeeded, type RoomsNeededOptions, roomsNeeded } from './roomsNeeded';
