import { type DateOnly, parseDateOnly } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbCaseEvent } from '../testing/arbCaseEvent';
import type { CaseEvent } from './caseEventSchema';
import { deriveState } from './deriveState';
import type { LifecycleSnapshot } from './LifecycleSnapshot';
import { nextState } from './nextState';
import { caseStates } from './vocabulary';

const d = (text: string): DateOnly => parseDateOnly(text)._unsafeUnwrap();
const date = d('2025-03-01');
const at = (state: LifecycleSnapshot['state'], openOffers: string[] = []): LifecycleSnapshot => ({
  state,
  date,
  openOffers,
});
const code = (before: LifecycleSnapshot | undefined, event: CaseEvent) =>
  nextState(before, event).match(
    (s) => s.state,
    (e) => e.code,
  );

describe('nextState', () => {
  it.each([
    [undefined, { type: 'opened', date }, 'open'],
    [at('open'), { type: 'placed', date }, 'in-sheltered-housing'],
    [at('open'), { type: 'planning-started', date }, 'planning'],
    [at('in-sheltered-housing'), { type: 'planning-started', date }, 'planning'],
    [at('planning'), { type: 'placed', date }, 'in-sheltered-housing'],
    [
      at('planning'),
      { type: 'offer-made', date, offerId: 'o1', municipality: '2062' },
      'offer-pending',
    ],
    [
      at('offer-pending', ['o1']),
      { type: 'offer-made', date, offerId: 'o2', municipality: '2062' },
      'offer-pending',
    ],
    [
      at('offer-pending', ['o1']),
      { type: 'offer-declined', date, offerId: 'o1', by: 'household', reasons: ['rent-too-high'] },
      'planning',
    ],
    [
      at('offer-pending', ['o1', 'o2']),
      { type: 'offer-declined', date, offerId: 'o1', by: 'landlord', reasons: ['other'] },
      'offer-pending',
    ],
    [at('offer-pending', ['o1']), { type: 'moved-in', date, offerId: 'o1' }, 'moved-in'],
    [at('moved-in'), { type: 'follow-up-started', date }, 'follow-up'],
    [at('follow-up'), { type: 'closed', date, reason: 'permanent-housing-arranged' }, 'closed'],
    [
      at('in-sheltered-housing'),
      { type: 'closed', date, reason: 'returned-to-perpetrator' },
      'closed',
    ],
    [at('planning'), { type: 'closed', date, reason: 'moved-on-own' }, 'closed'],
    [at('open'), { type: 'closed', date, reason: 'discontinued' }, 'closed'],
  ] as [
    LifecycleSnapshot | undefined,
    CaseEvent,
    string,
  ][])('%o + %o → %s', (before, event, expected) => {
    expect(code(before, event)).toBe(expected);
  });

  it.each([
    [undefined, { type: 'placed', date }, 'lifecycle.not-opened'],
    [at('open'), { type: 'opened', date }, 'lifecycle.already-opened'],
    [at('closed'), { type: 'placed', date }, 'lifecycle.case-closed'],
    [at('open'), { type: 'placed', date: d('2025-02-28') }, 'lifecycle.back-in-time'],
    [at('planning'), { type: 'moved-in', date, offerId: 'o1' }, 'lifecycle.moved-in-before-offer'],
    [
      at('offer-pending', ['o1']),
      { type: 'moved-in', date, offerId: 'o9' },
      'lifecycle.unknown-offer',
    ],
    [
      at('offer-pending', ['o1']),
      { type: 'offer-declined', date, offerId: 'o9', by: 'household', reasons: ['other'] },
      'lifecycle.unknown-offer',
    ],
    [
      at('planning'),
      { type: 'closed', date, reason: 'permanent-housing-arranged' },
      'lifecycle.permanent-without-move-in',
    ],
    [at('open'), { type: 'follow-up-started', date }, 'lifecycle.not-allowed'],
    [at('moved-in'), { type: 'moved-in', date, offerId: 'o1' }, 'lifecycle.not-allowed'],
    [at('open'), { type: 'moved-in', date, offerId: 'o1' }, 'lifecycle.moved-in-before-offer'],
    [
      at('moved-in'),
      { type: 'offer-made', date, offerId: 'o1', municipality: '2062' },
      'lifecycle.not-allowed',
    ],
  ] as [
    LifecycleSnapshot | undefined,
    CaseEvent,
    string,
  ][])('%o + %o is rejected with %s', (before, event, expected) => {
    expect(code(before, event)).toBe(expected);
  });

  it('explains a rejection in Swedish and English', () => {
    const error = nextState(at('planning'), {
      type: 'moved-in',
      date,
      offerId: 'o1',
    })._unsafeUnwrapErr();
    expect(error.message).toEqual({
      sv: 'Inflyttning innan något erbjudande lämnats.',
      en: 'Moved in before any offer was made.',
    });
  });
});

describe('properties', () => {
  it('no event sequence reaches an invalid state: each event is applied or rejected', () => {
    const byDate = (a: CaseEvent, b: CaseEvent) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
    const logs = fc.array(arbCaseEvent(), { maxLength: 30 });
    fc.assert(
      fc.property(
        fc.oneof(
          logs,
          logs.map((l) => [...l].sort(byDate)),
        ),
        (events) => {
          let snapshot: LifecycleSnapshot | undefined;
          for (const event of events) {
            const next = nextState(snapshot, event);
            if (next.isOk()) snapshot = next.value;
            else expect(next.error.code).toMatch(/^lifecycle\./);
            if (snapshot !== undefined) expect(Object.keys(caseStates)).toContain(snapshot.state);
          }
        },
      ),
    );
  });

  it('replaying the log always gives the same state', () => {
    fc.assert(
      fc.property(fc.array(arbCaseEvent(), { maxLength: 30 }), (events) => {
        expect(deriveState(events)).toEqual(deriveState([...events]));
      }),
    );
  });

  it('the dates of an accepted log never go back in time', () => {
    fc.assert(
      fc.property(fc.array(arbCaseEvent(), { maxLength: 30 }), (events) => {
        if (deriveState(events).isOk()) {
          for (let i = 1; i < events.length; i++) {
            expect((events[i]?.date ?? '') >= (events[i - 1]?.date ?? '')).toBe(true);
          }
        }
      }),
    );
  });
});
