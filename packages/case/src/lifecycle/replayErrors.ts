import type { StadigError } from '@stadig/core';
import type { CaseEvent } from './caseEventSchema';
import { deriveState } from './deriveState';

/**
 * The problems of an event log for {@link parseCase}: none, or the first rejection.
 *
 * @param events - a schema-valid event log
 * @returns the rejections (at most one)
 *
 * @example
 * ```ts
 * replayErrors([{ type: 'opened', date }]);
 * //=> []
 * ```
 */
export function replayErrors(events: readonly CaseEvent[]): StadigError[] {
  const result = deriveState(events);
  return result.isErr() ? [result.error] : [];
}
