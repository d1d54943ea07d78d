import { expect } from 'vitest';
import type { defineConformanceTest } from '../defineConformanceTest';

type Test = ReturnType<typeof defineConformanceTest>;

/** The append-only event log. */
export function eventLogSuite(test: Test): void {
  test('event-log', 'appends a legal event', async ({ store, oracle, inputs }) => {
    const head = (await store.create(inputs(1)[0]))._unsafeUnwrap();
    const event = { type: 'offer-made', date: '2025-03-01', offerId: 'o1', municipality: '2062' };
    const next = (await store.appendEvent(head.id, event, { expectedVersion: 1 }))._unsafeUnwrap();
    expect(next).toMatchObject({ version: 2, state: 'offer-pending' });
    const stored = await oracle.readCase(head.id);
    expect(stored?.events).toHaveLength(4);
    expect(stored?.events[3]).toEqual(event);
    expect(stored?.state).toBe('offer-pending');
  });
  test(
    'event-log',
    'rejects an illegal event and keeps the log',
    async ({ store, oracle, inputs }) => {
      const head = (await store.create(inputs(1)[0]))._unsafeUnwrap();
      const early = await store.appendEvent(
        head.id,
        { type: 'moved-in', date: '2025-03-01', offerId: 'o9' },
        { expectedVersion: 1 },
      );
      expect(early._unsafeUnwrapErr()[0].code).toMatch(/^lifecycle\./);
      const garbage = await store.appendEvent(
        head.id,
        { type: 'teleported' },
        { expectedVersion: 1 },
      );
      expect(garbage.isErr()).toBe(true);
      const stored = await oracle.readCase(head.id);
      expect(stored?.events).toHaveLength(3);
      expect(stored?.version).toBe(1);
    },
  );
  test(
    'event-log',
    'never rewrites the log through an update',
    async ({ store, oracle, inputs }) => {
      const [input] = inputs(1);
      const head = (await store.create(input))._unsafeUnwrap();
      const shorter = { ...input, events: [{ type: 'opened', date: '2025-01-10' }] };
      const result = await store.update(head.id, shorter, { expectedVersion: 1 });
      expect(result._unsafeUnwrapErr()[0].code).toBe('store.event-log-rewritten');
      expect((await oracle.readCase(head.id))?.events).toHaveLength(3);
    },
  );
}
