export {
  type AuditAction,
  auditActions,
  type ProtectedReadGround,
  type ProtectedReadPurpose,
  protectedReadGrounds,
  protectedReadPurposes,
} from './auditVocabulary';
export type { CaseBody, CaseProtectedPart, StoredPerson } from './CaseParts';
export type {
  CaseOperation,
  CaseStore,
  CaseStoreErrors,
  CaseStoreOptions,
  ReadReason,
  StoreResult,
  UpsertOutcome,
} from './CaseStore';
export type {
  AuditEntry,
  AuditQuery,
  AuditRecord,
  CaseChange,
  CaseHead,
  CaseQuery,
  CaseRecord,
  CaseStorePort,
  ImportCheckpoint,
  Page,
} from './CaseStorePort';
export {
  type CaseStoreFailure,
  type CaseStoreFailureKind,
  caseStoreFailure,
} from './caseStoreFailure';
export { createCaseStore } from './createCaseStore';
export { joinCaseParts } from './joinCaseParts';
export { type CaseStoreErrorCode, caseStoreMessages } from './messages';
export { splitCaseInput } from './splitCaseInput';
