import type { StadigError } from '@stadig/core';
import { ok, type Result } from 'neverthrow';
import type { Case } from '../model/Case';
import type { CaseEvent } from './caseEventSchema';
import { deriveState } from './deriveState';
import type { LifecycleErrorCode } from './messages';
import { nextState } from './nextState';

/**
 * Appends an event to a case's log if the lifecycle allows it; an illegal event is
 * rejected with its reason code and sv/en text, and the case is left as it was.
 *
 * @param c - the case
 * @param event - the event to append
 * @returns the case with the event appended, or the rejection
 *
 * @example
 * ```ts
 * applyEvent(openedCase, { type: 'moved-in', date, offerId: 'o1' })._unsafeUnwrapErr().code;
 * //=> 'lifecycle.moved-in-before-offer'
 * ```
 */
export function applyEvent(
  c: Case,
  event: CaseEvent,
): Result<Case, StadigError<LifecycleErrorCode>> {
  return deriveState(c.events)
    .andThen((snapshot) => nextState(snapshot, event, ['events', c.events.length]))
    .andThen(() => ok({ ...c, events: [...c.events, event] }));
}
