import { expect } from 'vitest';
import type { ConformanceOptions } from '../ConformanceOptions';
import type { defineConformanceTest } from '../defineConformanceTest';

type Test = ReturnType<typeof defineConformanceTest>;

/** Optimistic concurrency. */
export function concurrencySuite(test: Test, options: ConformanceOptions): void {
  const writers = options.writers ?? 10;
  test('concurrency', 'a stale version gets a conflict', async ({ store, oracle, inputs }) => {
    const [input] = inputs(1);
    const head = (await store.create(input))._unsafeUnwrap();
    (
      await store.update(head.id, { ...input, needs: { care: true } }, { expectedVersion: 1 })
    )._unsafeUnwrap();
    const stale = await store.update(
      head.id,
      { ...input, needs: { care: false } },
      { expectedVersion: 1 },
    );
    expect(stale._unsafeUnwrapErr()[0]).toMatchObject({
      code: 'store.version-conflict',
      params: { expected: 1 },
    });
    expect((await oracle.readCase(head.id))?.body.needs).toEqual({ care: true });
  });
  test(
    'concurrency',
    'of concurrent writers at one version exactly one wins',
    async ({ store, oracle, inputs, storeAs }) => {
      const [input] = inputs(1);
      const head = (await store.create(input))._unsafeUnwrap();
      const results = await Promise.all(
        Array.from({ length: writers }, (_, i) =>
          storeAs(`writer-${i}`).update(
            head.id,
            { ...input, needs: { pets: i % 2 ? ['dog'] : ['cat'] } },
            { expectedVersion: 1 },
          ),
        ),
      );
      const codes = results.map((r) => (r.isOk() ? 'ok' : r.error[0].code));
      expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
      expect(codes.filter((c) => c !== 'ok').every((c) => c === 'store.version-conflict')).toBe(
        true,
      );
      expect((await oracle.readCase(head.id))?.version).toBe(2);
      expect(
        (await oracle.auditEntries(head.id)).filter((a) => a.action === 'case-updated'),
      ).toHaveLength(1);
    },
  );
  test(
    'concurrency',
    'concurrent writers who retry lose no update',
    async ({ store, oracle, inputs, storeAs }) => {
      const head = (await store.create(inputs(1)[0]))._unsafeUnwrap();
      const write = async (i: number) => {
        const mine = storeAs(`writer-${i}`);
        for (let attempt = 0; attempt < 10 * writers; attempt += 1) {
          const now = (await mine.get(head.id))._unsafeUnwrap();
          const consent = {
            id: `k${i}`,
            recipient: { kind: 'category', category: 'receiving-municipality' },
            purpose: 'case-transfer',
            given: '2025-03-01',
          };
          const done = await mine.recordConsent(head.id, consent, { expectedVersion: now.version });
          if (done.isOk()) return attempt;
          expect(done.error[0].code).toBe('store.version-conflict');
        }
        throw new Error('writer gave up');
      };
      await Promise.all(Array.from({ length: writers }, (_, i) => write(i)));
      const stored = await oracle.readCase(head.id);
      expect(stored?.version).toBe(1 + writers);
      expect(stored?.body.consents.map((c) => c.id).sort()).toEqual(
        Array.from({ length: writers }, (_, i) => `k${i}`).sort(),
      );
    },
  );
}
