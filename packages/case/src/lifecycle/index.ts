export { applyEvent } from './applyEvent';
export { type CaseEvent, type CaseEventInput, caseEventSchema } from './caseEventSchema';
export { deriveState } from './deriveState';
export type { LifecycleSnapshot } from './LifecycleSnapshot';
export { type LifecycleErrorCode, lifecycleMessages } from './messages';
export { nextState } from './nextState';
export {
  type CaseEventType,
  type CaseState,
  type CloseReason,
  caseEventTypes,
  caseStates,
  closeReasons,
} from './vocabulary';
