import { expect } from 'vitest';
import type { defineConformanceTest } from '../defineConformanceTest';

type Test = ReturnType<typeof defineConformanceTest>;

/** Transactional batches and resumable imports. */
export function batchSuite(test: Test): void {
  test('batches', 'applies a batch in one transaction', async ({ store, oracle, inputs }) => {
    const [a, b, c] = inputs(3);
    const done = await store.batch([
      { kind: 'create', input: a },
      { kind: 'upsert', externalId: 'x-1', input: b },
      { kind: 'create', input: c },
      {
        kind: 'append-event',
        id: String(a?.id),
        event: { type: 'closed', date: '2025-05-01', reason: 'discontinued' },
        expectedVersion: 1,
      },
    ]);
    expect(done._unsafeUnwrap().map((o) => o.outcome)).toEqual([
      'created',
      'created',
      'created',
      'updated',
    ]);
    expect(await oracle.countCases()).toBe(3);
    expect((await oracle.readCase(String(a?.id)))?.state).toBe('closed');
  });
  test('batches', 'a failed batch leaves nothing', async ({ store, oracle, inputs }) => {
    const [a, b, c] = inputs(3);
    await store.create(a);
    const failed = await store.batch(
      [
        { kind: 'create', input: b },
        {
          kind: 'append-event',
          id: String(a?.id),
          event: { type: 'closed', date: '2025-05-01', reason: 'discontinued' },
          expectedVersion: 1,
        },
        { kind: 'create', input: c },
        { kind: 'create', input: a },
      ],
      { checkpoint: { importId: 'imp-1', position: 4 } },
    );
    expect(failed._unsafeUnwrapErr()[0]).toMatchObject({
      code: 'store.duplicate',
      path: [3, 'id'],
    });
    expect(await oracle.countCases()).toBe(1);
    expect((await oracle.readCase(String(a?.id)))?.version).toBe(1);
    expect(await oracle.auditEntries(String(b?.id))).toEqual([]);
    expect(await oracle.auditEntries(String(a?.id))).toHaveLength(1);
    expect(await oracle.readCheckpoint('imp-1')).toBeUndefined();
  });
  test(
    'batches',
    'a batch of creates stops at a duplicate and leaves nothing',
    async ({ store, oracle, inputs }) => {
      const [a, b, c, d] = inputs(4);
      await store.create(c);
      const failed = await store.batch(
        [a, b, c, d].map((input) => ({ kind: 'create' as const, input })),
        { checkpoint: { importId: 'imp-3', position: 4 } },
      );
      expect(failed._unsafeUnwrapErr()[0]).toMatchObject({
        code: 'store.duplicate',
        path: [2, 'id'],
      });
      expect(await oracle.countCases()).toBe(1);
      expect(await oracle.auditEntries(String(a?.id))).toEqual([]);
      expect(await oracle.readCheckpoint('imp-3')).toBeUndefined();
      const created = await store.batch(
        [a, b, d].map((input) => ({ kind: 'create' as const, input })),
      );
      expect(created._unsafeUnwrap()).toHaveLength(3);
      expect(await oracle.countCases()).toBe(4);
      expect((await oracle.readCase(String(d?.id)))?.events).toHaveLength(3);
      expect((await oracle.auditEntries(String(d?.id))).map((e) => e.action)).toEqual([
        'case-created',
      ]);
    },
  );
  test(
    'batches',
    'a batch of upserts creates the new cases and updates those that exist',
    async ({ store, oracle, inputs }) => {
      const [a, b, c, d] = inputs(4);
      const upserts = (pairs: [string, Record<string, unknown> | undefined][]) =>
        pairs.map(([externalId, input]) => ({ kind: 'upsert' as const, externalId, input }));
      (
        await store.batch(
          upserts([
            ['u-b', b],
            ['u-d', d],
          ]),
        )
      )._unsafeUnwrap();
      const done = await store.batch(
        upserts([
          ['u-a', a],
          ['u-b', b],
          ['u-c', c],
          ['u-d', d],
        ]),
        { checkpoint: { importId: 'imp-4', position: 4 } },
      );
      expect(done._unsafeUnwrap().map((o) => [o.outcome, o.head.id, o.head.version])).toEqual([
        ['created', a?.id, 1],
        ['updated', b?.id, 2],
        ['created', c?.id, 1],
        ['updated', d?.id, 2],
      ]);
      expect(await oracle.countCases()).toBe(4);
      for (const [input, actions] of [
        [a, ['case-created']],
        [b, ['case-created', 'case-updated']],
        [c, ['case-created']],
      ] as const) {
        const entries = await oracle.auditEntries(String(input?.id));
        expect(entries.map((e) => e.action)).toEqual(actions);
      }
      expect(await oracle.readCheckpoint('imp-4')).toEqual({ importId: 'imp-4', position: 4 });
    },
  );
  test(
    'batches',
    'an invalid operation fails the batch before any write',
    async ({ store, oracle, inputs }) => {
      const [a, b] = inputs(2);
      const failed = await store.batch([
        { kind: 'create', input: a },
        { kind: 'create', input: { ...b, violence: { kinds: [], perpetrators: 0 } } },
      ]);
      const paths = failed._unsafeUnwrapErr().map((e) => e.path[0]);
      expect(new Set(paths)).toEqual(new Set([1]));
      expect(await oracle.countCases()).toBe(0);
    },
  );
  test(
    'batches',
    'an interrupted import resumes from its checkpoint without duplicates',
    async ({ store, oracle, inputs }) => {
      const rows = inputs(10);
      const importRows = async (from: number, stopAt: number) => {
        for (let at = from; at < Math.min(rows.length, stopAt); at += 3) {
          const slice = rows.slice(at, at + 3);
          const ops = slice.map((input, i) => ({
            kind: 'upsert' as const,
            externalId: `row-${at + i}`,
            input,
          }));
          const end = at + slice.length;
          (
            await store.batch(ops, { checkpoint: { importId: 'imp-2', position: end } })
          )._unsafeUnwrap();
        }
      };
      await importRows(0, 6);
      const checkpoint = (await store.readCheckpoint('imp-2'))._unsafeUnwrap();
      expect(checkpoint?.position).toBe(6);
      expect(await oracle.readCheckpoint('imp-2')).toEqual(checkpoint);
      await importRows(checkpoint?.position ?? 0, rows.length);
      await importRows(9, rows.length);
      expect(await oracle.countCases()).toBe(10);
      expect((await store.readCheckpoint('imp-2'))._unsafeUnwrap()?.position).toBe(10);
    },
  );
}
