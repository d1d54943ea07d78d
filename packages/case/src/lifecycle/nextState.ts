import { createErrorFactory, type ErrorPath, type StadigError } from '@stadig/core';
import { err, ok, type Result } from 'neverthrow';
import type { CaseEvent } from './caseEventSchema';
import type { LifecycleSnapshot } from './LifecycleSnapshot';
import { type LifecycleErrorCode, lifecycleMessages } from './messages';
import type { CaseEventType, CaseState } from './vocabulary';

const lifecycleError = createErrorFactory(lifecycleMessages);

const rejected = (code: Exclude<LifecycleErrorCode, 'lifecycle.not-allowed'>, path: ErrorPath) =>
  err(lifecycleError(code, {}, path));

/** The events each state accepts; a new state breaks the build here. */
const allowed = {
  open: ['placed', 'planning-started', 'closed'],
  'in-sheltered-housing': ['planning-started', 'closed'],
  planning: ['placed', 'offer-made', 'closed'],
  'offer-pending': ['offer-made', 'offer-declined', 'moved-in', 'closed'],
  'moved-in': ['follow-up-started', 'closed'],
  'follow-up': ['closed'],
  closed: [],
} as const satisfies Record<CaseState, readonly CaseEventType[]>;

/**
 * The state after one event, or the reason the event is rejected. The transition
 * table of the guide (docs/en/case.md) is this function.
 *
 * @param before - the snapshot so far, or `undefined` before the first event
 * @param event - the event to apply
 * @param path - where the event sits, for the error
 * @returns the new snapshot, or the rejection with its code and sv/en text
 *
 * @example
 * ```ts
 * nextState(undefined, { type: 'moved-in', date, offerId: 'o1' })._unsafeUnwrapErr().code;
 * //=> 'lifecycle.not-opened'
 * ```
 */
export function nextState(
  before: LifecycleSnapshot | undefined,
  event: CaseEvent,
  path: ErrorPath = [],
): Result<LifecycleSnapshot, StadigError<LifecycleErrorCode>> {
  if (before === undefined) {
    return event.type === 'opened'
      ? ok({ state: 'open', date: event.date, openOffers: [] })
      : rejected('lifecycle.not-opened', path);
  }
  if (before.state === 'closed') return rejected('lifecycle.case-closed', path);
  if (event.date < before.date) return rejected('lifecycle.back-in-time', path);
  if (event.type === 'opened') return rejected('lifecycle.already-opened', path);
  const settled = before.state === 'moved-in' || before.state === 'follow-up';
  if (event.type === 'moved-in' && before.openOffers.length === 0 && !settled) {
    return rejected('lifecycle.moved-in-before-offer', path);
  }
  if (!(allowed[before.state] as readonly CaseEventType[]).includes(event.type)) {
    return err(
      lifecycleError('lifecycle.not-allowed', { state: before.state, event: event.type }, path),
    );
  }
  const { date } = event;
  const { openOffers } = before;
  // A switch, not ts-pattern, and object literals, not spreads: this runs for every event
  // of every case parsed (the hot path of parseCase). The `never` default keeps it
  // exhaustive, so a new event type breaks the build here.
  switch (event.type) {
    case 'placed':
      return ok({ state: 'in-sheltered-housing', date, openOffers });
    case 'planning-started':
      return ok({ state: 'planning', date, openOffers });
    case 'offer-made':
      return ok({ state: 'offer-pending', date, openOffers: [...openOffers, event.offerId] });
    case 'offer-declined': {
      const index = openOffers.indexOf(event.offerId);
      if (index < 0) return rejected('lifecycle.unknown-offer', path);
      const left = [...openOffers.slice(0, index), ...openOffers.slice(index + 1)];
      return ok({ state: left.length > 0 ? 'offer-pending' : 'planning', date, openOffers: left });
    }
    case 'moved-in':
      return openOffers.includes(event.offerId)
        ? ok({ state: 'moved-in', date, openOffers: [] })
        : rejected('lifecycle.unknown-offer', path);
    case 'follow-up-started':
      return ok({ state: 'follow-up', date, openOffers });
    case 'closed':
      return event.reason === 'permanent-housing-arranged' &&
        before.state !== 'moved-in' &&
        before.state !== 'follow-up'
        ? rejected('lifecycle.permanent-without-move-in', path)
        : ok({ state: 'closed', date, openOffers: [], closeReason: event.reason });
    default:
      return event satisfies never;
  }
}
