import type { DateOnly } from '@stadig/core';
import type { CaseState, CloseReason } from './vocabulary';

/**
 * Where a case stands after replaying its log: the state, the date of the last event,
 * the offers still open, and the close reason once closed.
 *
 * @example
 * ```ts
 * deriveState(events)._unsafeUnwrap().state;
 * //=> 'planning'
 * ```
 */
export interface LifecycleSnapshot {
  readonly state: CaseState;
  readonly date: DateOnly;
  readonly openOffers: readonly string[];
  readonly closeReason?: CloseReason;
}
