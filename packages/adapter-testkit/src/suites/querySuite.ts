import { expect } from 'vitest';
import type { defineConformanceTest } from '../defineConformanceTest';
import { conformanceMunicipalities } from '../freshInputs';

type Test = ReturnType<typeof defineConformanceTest>;
const [falun, mora] = conformanceMunicipalities;

/** Queries by municipality and state, and pagination. */
export function querySuite(test: Test, suite: 'queries' | 'pagination'): void {
  if (suite === 'queries') {
    test('queries', 'finds the cases of one municipality only', async ({ store, inputs }) => {
      const ours = inputs(3, falun);
      for (const input of [...ours, ...inputs(2, mora)]) await store.create(input);
      const page = (await store.query({ municipality: falun, limit: 100 }))._unsafeUnwrap();
      expect(page.items.map((c) => c.id)).toEqual(ours.map((c) => c.id).sort());
      expect(page.next).toBeUndefined();
    });
    test('queries', 'filters by lifecycle state', async ({ store, inputs }) => {
      const heads = [];
      for (const input of inputs(4, falun)) heads.push((await store.create(input))._unsafeUnwrap());
      const closed = heads.slice(0, 2).map((h) => h.id);
      for (const id of closed) {
        await store.appendEvent(
          id,
          { type: 'closed', date: '2025-05-01', reason: 'moved-on-own' },
          { expectedVersion: 1 },
        );
      }
      const page = (
        await store.query({ municipality: falun, states: ['closed'], limit: 100 })
      )._unsafeUnwrap();
      expect(page.items.map((c) => c.id)).toEqual([...closed].sort());
      const open = (
        await store.query({ municipality: falun, states: ['planning', 'open'], limit: 100 })
      )._unsafeUnwrap();
      expect(open.items).toHaveLength(2);
      const bad = await store.query({
        municipality: falun,
        states: ['sleeping' as never],
        limit: 100,
      });
      expect(bad._unsafeUnwrapErr()[0].code).toBe('store.invalid-request');
    });
    return;
  }
  test('pagination', 'pages through every case exactly once', async ({ store, inputs }) => {
    const all = inputs(23, falun);
    for (const input of all) await store.create(input);
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = (
        await store.query({
          municipality: falun,
          limit: 5,
          ...(after === undefined ? {} : { after }),
        })
      )._unsafeUnwrap();
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.items.map((c) => c.id));
      after = page.next;
      pages += 1;
    } while (after !== undefined && pages < 100);
    expect(seen).toEqual(all.map((c) => String(c.id)).sort());
    expect(pages).toBe(5);
  });
}
