import { createErrorFactory, type ErrorPath, type StadigError } from '@stadig/core';
import { err, ok, type Result } from 'neverthrow';
import { match } from 'ts-pattern';
import type { CaseEvent } from './caseEventSchema';
import type { LifecycleSnapshot } from './LifecycleSnapshot';
import { type LifecycleErrorCode, lifecycleMessages } from './messages';
import type { CaseEventType, CaseState } from './vocabulary';

const lifecycleError = createErrorFactory(lifecycleMessages);

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
  const reject = (code: Exclude<LifecycleErrorCode, 'lifecycle.not-allowed'>) =>
    err(lifecycleError(code, {}, path));
  if (before === undefined) {
    return event.type === 'opened'
      ? ok({ state: 'open', date: event.date, openOffers: [] })
      : reject('lifecycle.not-opened');
  }
  if (before.state === 'closed') return reject('lifecycle.case-closed');
  if (event.date < before.date) return reject('lifecycle.back-in-time');
  if (event.type === 'opened') return reject('lifecycle.already-opened');
  const settled = before.state === 'moved-in' || before.state === 'follow-up';
  if (event.type === 'moved-in' && before.openOffers.length === 0 && !settled) {
    return reject('lifecycle.moved-in-before-offer');
  }
  if (!(allowed[before.state] as readonly CaseEventType[]).includes(event.type)) {
    return err(
      lifecycleError('lifecycle.not-allowed', { state: before.state, event: event.type }, path),
    );
  }
  const at = { date: event.date, openOffers: before.openOffers };
  return match<CaseEvent>(event)
    .returnType<Result<LifecycleSnapshot, StadigError<LifecycleErrorCode>>>()
    .with({ type: 'opened' }, () => reject('lifecycle.already-opened'))
    .with({ type: 'placed' }, () => ok({ ...at, state: 'in-sheltered-housing' }))
    .with({ type: 'planning-started' }, () => ok({ ...at, state: 'planning' }))
    .with({ type: 'offer-made' }, (e) =>
      ok({ ...at, state: 'offer-pending', openOffers: [...before.openOffers, e.offerId] }),
    )
    .with({ type: 'offer-declined' }, (e) => {
      if (!before.openOffers.includes(e.offerId)) return reject('lifecycle.unknown-offer');
      const openOffers = before.openOffers.filter((id) => id !== e.offerId);
      return ok({ ...at, openOffers, state: openOffers.length > 0 ? 'offer-pending' : 'planning' });
    })
    .with({ type: 'moved-in' }, (e) =>
      before.openOffers.includes(e.offerId)
        ? ok({ ...at, state: 'moved-in', openOffers: [] })
        : reject('lifecycle.unknown-offer'),
    )
    .with({ type: 'follow-up-started' }, () => ok({ ...at, state: 'follow-up' }))
    .with({ type: 'closed' }, (e) =>
      e.reason === 'permanent-housing-arranged' &&
      before.state !== 'moved-in' &&
      before.state !== 'follow-up'
        ? reject('lifecycle.permanent-without-move-in')
        : ok({ ...at, state: 'closed', openOffers: [], closeReason: e.reason }),
    )
    .exhaustive();
}
