import type { ErrorPath, StadigError } from '@stadig/core';
import { createErrorFactory } from '@stadig/core';
import { err, ok, type Result } from 'neverthrow';
import type { CaseEvent } from './caseEventSchema';
import type { LifecycleSnapshot } from './LifecycleSnapshot';
import { type LifecycleErrorCode, lifecycleMessages } from './messages';
import { nextState } from './nextState';

const lifecycleError = createErrorFactory(lifecycleMessages);
const noPath: ErrorPath = [];

/**
 * Replays an event log: the log is the truth and the state is derived from it. The
 * first illegal event stops the replay, with its index in the error's path.
 *
 * @param events - the event log, oldest first
 * @returns the snapshot after the last event, or the first rejection
 *
 * @example
 * ```ts
 * deriveState([{ type: 'opened', date }, { type: 'placed', date }])._unsafeUnwrap().state;
 * //=> 'in-sheltered-housing'
 * ```
 */
export function deriveState(
  events: readonly CaseEvent[],
): Result<LifecycleSnapshot, StadigError<LifecycleErrorCode>> {
  let snapshot: LifecycleSnapshot | undefined;
  for (let index = 0; index < events.length; index++) {
    const event = events[index] as CaseEvent;
    // Replayed without a path, so that a valid log (that of every case parsed) allocates
    // none; a rejected event is replayed once more with its path, for the error
    // (`nextState` is pure).
    const next = nextState(snapshot, event, noPath);
    if (next.isErr()) return nextState(snapshot, event, ['events', index]);
    snapshot = next.value;
  }
  return snapshot === undefined
    ? err(lifecycleError('lifecycle.not-opened', {}, ['events']))
    : ok(snapshot);
}
