import { expect } from 'vitest';
import type { defineConformanceTest } from '../defineConformanceTest';

type Test = ReturnType<typeof defineConformanceTest>;
const name = (input: Record<string, unknown>) =>
  (input.household as { survivor: { name: string } }).survivor.name;

/** Create, read and update. */
export function crudSuite(test: Test): void {
  test(
    'create-read-update',
    'creates and reads back without protected data',
    async ({ store, oracle, inputs }) => {
      const [input] = inputs(1);
      const head = (await store.create(input))._unsafeUnwrap();
      expect(head).toMatchObject({ id: input?.id, version: 1, state: 'planning' });
      const read = (await store.get(head.id))._unsafeUnwrap();
      expect(read).toEqual(head);
      expect(JSON.stringify(read)).not.toContain(name(input ?? {}));
      const stored = await oracle.readCase(head.id);
      expect(stored?.version).toBe(1);
      expect(stored?.body).toEqual(head.body);
      expect(stored?.protectedPart.people[0]?.name).toBe(name(input ?? {}));
    },
  );
  test(
    'create-read-update',
    'rejects an invalid case before writing',
    async ({ store, oracle, inputs }) => {
      const [input] = inputs(1);
      const result = await store.create({ ...input, household: { survivor: {} } });
      expect(result.isErr()).toBe(true);
      expect(JSON.stringify(result)).not.toContain(name(input ?? {}));
      expect(await oracle.countCases()).toBe(0);
    },
  );
  test('create-read-update', 'rejects a duplicate id', async ({ store, oracle, inputs }) => {
    const [input] = inputs(1);
    await store.create(input);
    const again = await store.create(input);
    expect(again._unsafeUnwrapErr()[0].code).toBe('store.duplicate');
    expect(await oracle.countCases()).toBe(1);
  });
  test(
    'create-read-update',
    'updates at the expected version',
    async ({ store, oracle, inputs }) => {
      const [input] = inputs(1);
      const head = (await store.create(input))._unsafeUnwrap();
      const changed = { ...input, needs: { pets: ['dog'] } };
      const updated = (
        await store.update(head.id, changed, { expectedVersion: 1 })
      )._unsafeUnwrap();
      expect(updated.version).toBe(2);
      const stored = await oracle.readCase(head.id);
      expect(stored?.version).toBe(2);
      expect(stored?.body.needs).toEqual({ pets: ['dog'] });
    },
  );
  test('create-read-update', 'answers not-found for an unknown case', async ({ store }) => {
    expect((await store.get('no-such-case'))._unsafeUnwrapErr()[0].code).toBe('store.not-found');
    const update = await store.appendEvent(
      'no-such-case',
      { type: 'closed', date: '2025-05-01', reason: 'discontinued' },
      { expectedVersion: 1 },
    );
    expect(update._unsafeUnwrapErr()[0].code).toBe('store.not-found');
  });
}
