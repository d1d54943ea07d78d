import type { DateOnly } from '@stadig/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { CaseEvent, CaseEventInput } from './caseEventSchema';
import type { CaseEventType, CloseReason } from './vocabulary';

declare const event: CaseEvent;

describe('CaseEvent types', () => {
  it('is a union discriminated on type, one member per event type', () => {
    expectTypeOf<CaseEvent['type']>().toEqualTypeOf<CaseEventType>();
    expectTypeOf<CaseEventType>().toEqualTypeOf<
      | 'opened'
      | 'placed'
      | 'planning-started'
      | 'offer-made'
      | 'offer-declined'
      | 'moved-in'
      | 'follow-up-started'
      | 'closed'
    >();
    expectTypeOf(event.date).toEqualTypeOf<DateOnly>();
  });

  it('narrows on type to the fields of that event', () => {
    if (event.type === 'closed') expectTypeOf(event.reason).toEqualTypeOf<CloseReason>();
    if (event.type === 'offer-made') {
      expectTypeOf(event.offerId).toEqualTypeOf<string>();
      expectTypeOf(event.rooms).toEqualTypeOf<number | undefined>();
    }
    if (event.type === 'offer-declined')
      expectTypeOf(event.by).toEqualTypeOf<'household' | 'landlord'>();
    expectTypeOf<Extract<CaseEvent, { type: 'opened' }>>().toEqualTypeOf<{
      type: 'opened';
      date: DateOnly;
    }>();
  });

  it('takes dates as plain strings in the input form and rejects unknown types', () => {
    expectTypeOf<CaseEventInput>().toMatchTypeOf<{ type: CaseEventType; date: string }>();
    expectTypeOf<{ type: 'opened'; date: string }>().toMatchTypeOf<CaseEventInput>();
    expectTypeOf<{ type: 'reopened'; date: string }>().not.toMatchTypeOf<CaseEventInput>();
    expectTypeOf<{ type: 'closed'; date: string }>().not.toMatchTypeOf<CaseEventInput>();
  });
});
