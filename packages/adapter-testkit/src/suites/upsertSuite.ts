import { expect } from 'vitest';
import type { defineConformanceTest } from '../defineConformanceTest';
import { conformanceMunicipalities } from '../freshInputs';

type Test = ReturnType<typeof defineConformanceTest>;

/** Idempotent upsert by external id. */
export function upsertSuite(test: Test): void {
  test(
    'upsert',
    'creates, then replaces, by external id without duplicates',
    async ({ store, oracle, inputs }) => {
      const [input] = inputs(1);
      const { id: _id, ...withoutId } = input ?? {};
      const first = (await store.upsertByExternalId('row-17', withoutId))._unsafeUnwrap();
      expect(first.outcome).toBe('created');
      const again = (
        await store.upsertByExternalId('row-17', { ...withoutId, needs: { care: true } })
      )._unsafeUnwrap();
      expect(again.outcome).toBe('updated');
      expect(again.head.id).toBe(first.head.id);
      expect(await oracle.countCases()).toBe(1);
      const stored = await oracle.readCase(first.head.id);
      expect(stored).toMatchObject({
        externalId: 'row-17',
        version: 2,
        body: { needs: { care: true } },
      });
      await store.upsertByExternalId('row-17', withoutId);
      expect(await oracle.countCases()).toBe(1);
    },
  );
  test('upsert', 'keeps external ids apart per municipality', async ({ store, oracle, inputs }) => {
    const [a] = inputs(1, conformanceMunicipalities[0]);
    const [b] = inputs(1, conformanceMunicipalities[1]);
    const ra = (await store.upsertByExternalId('row-1', a))._unsafeUnwrap();
    const rb = (await store.upsertByExternalId('row-1', b))._unsafeUnwrap();
    expect([ra.outcome, rb.outcome]).toEqual(['created', 'created']);
    expect(ra.head.id).not.toBe(rb.head.id);
    expect(await oracle.countCases()).toBe(2);
  });
}
