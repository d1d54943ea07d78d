import { type DateOnly, parseDateOnly } from '@stadig/core';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../model/parseCase';
import { exampleCaseInput } from '../testing/exampleCaseInput';
import { applyEvent } from './applyEvent';
import { deriveState } from './deriveState';

const d = (text: string): DateOnly => parseDateOnly(text)._unsafeUnwrap();
const planning = parseCase(exampleCaseInput(), { asOf: d('2025-06-01') })._unsafeUnwrap();

describe('applyEvent', () => {
  it('appends a legal event; the state follows from the log', () => {
    const offered = applyEvent(planning, {
      type: 'offer-made',
      date: d('2025-03-01'),
      offerId: 'o1',
      municipality: planning.municipality,
    })._unsafeUnwrap();
    expect(offered.events).toHaveLength(4);
    expect(deriveState(offered.events)._unsafeUnwrap().state).toBe('offer-pending');
    const moved = applyEvent(offered, { type: 'moved-in', date: d('2025-04-01'), offerId: 'o1' });
    expect(deriveState(moved._unsafeUnwrap().events)._unsafeUnwrap().state).toBe('moved-in');
  });

  it('rejects moving in before any offer, with the reason, and leaves the case as it was', () => {
    const error = applyEvent(planning, {
      type: 'moved-in',
      date: d('2025-03-01'),
      offerId: 'o1',
    })._unsafeUnwrapErr();
    expect([error.code, error.path]).toEqual(['lifecycle.moved-in-before-offer', ['events', 3]]);
    expect(error.message.en).toBe('Moved in before any offer was made.');
    expect(planning.events).toHaveLength(3);
  });

  it('rejects an event dated before the last one', () => {
    const error = applyEvent(planning, {
      type: 'placed',
      date: d('2025-01-31'),
    })._unsafeUnwrapErr();
    expect(error.code).toBe('lifecycle.back-in-time');
  });
});
