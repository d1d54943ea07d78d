import { expect } from 'vitest';
import type { defineConformanceTest } from '../defineConformanceTest';

type Test = ReturnType<typeof defineConformanceTest>;
const consent = {
  id: 'k1',
  recipient: { kind: 'category', category: 'municipal-housing-company' },
  purpose: 'housing-referral',
  given: '2025-02-01',
  expires: '2026-01-31',
};

/** Consents. */
export function consentSuite(test: Test): void {
  test('consents', 'records and withdraws a consent', async ({ store, oracle, inputs }) => {
    const head = (await store.create(inputs(1)[0]))._unsafeUnwrap();
    const recorded = (
      await store.recordConsent(head.id, consent, { expectedVersion: 1 })
    )._unsafeUnwrap();
    expect(recorded.body.consents).toEqual([consent]);
    const withdrawn = await store.withdrawConsent(head.id, 'k1', {
      expectedVersion: 2,
      date: '2025-04-01',
    });
    expect(withdrawn._unsafeUnwrap().version).toBe(3);
    expect((await oracle.readCase(head.id))?.body.consents).toEqual([
      { ...consent, withdrawn: '2025-04-01' },
    ]);
    const actions = (await oracle.auditEntries(head.id)).map((a) => a.action);
    expect(actions).toEqual(['case-created', 'consent-recorded', 'consent-withdrawn']);
  });
  test(
    'consents',
    'rejects a consent that ends before it starts',
    async ({ store, oracle, inputs }) => {
      const head = (await store.create(inputs(1)[0]))._unsafeUnwrap();
      const bad = await store.recordConsent(
        head.id,
        { ...consent, expires: '2024-01-01' },
        { expectedVersion: 1 },
      );
      expect(bad._unsafeUnwrapErr()[0].code).toBe('case.ends-before-start');
      const early = await store.withdrawConsent(head.id, 'k1', {
        expectedVersion: 1,
        date: '2025-04-01',
      });
      expect(early._unsafeUnwrapErr()[0].code).toBe('store.consent-not-found');
      expect((await oracle.readCase(head.id))?.version).toBe(1);
    },
  );
}
