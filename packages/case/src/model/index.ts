export type { Case, CaseOutcome, KeepDistanceFrom, Person } from './Case';
export { caseJsonSchema } from './caseJsonSchema';
export { type CaseInput, caseSchema } from './caseSchema';
export {
  type ConsentPurpose,
  consentPurposes,
  type RecipientCategory,
  recipientCategories,
} from './consentVocabulary';
export { type LawReference, type LawReferenceId, lawReferences } from './lawReferences';
export { type CaseErrorCode, caseMessages } from './messages';
export { type ParseCaseOptions, parseCase } from './parseCase';
export {
  declineReasons,
  type ProtectedIdentityStatus,
  petKinds,
  protectedIdentityStatuses,
  providerKinds,
  riskInstruments,
  riskLevels,
  stayKinds,
  violenceKinds,
} from './vocabulary';
