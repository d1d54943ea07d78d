import { expect } from 'vitest';
import type { defineConformanceTest } from '../defineConformanceTest';

type Test = ReturnType<typeof defineConformanceTest>;

/** The audit log. */
export function auditSuite(test: Test): void {
  test('audit', 'audits every write', async ({ store, oracle, inputs }) => {
    const [input] = inputs(1);
    const head = (await store.create(input))._unsafeUnwrap();
    await store.update(head.id, { ...input, needs: { care: true } }, { expectedVersion: 1 });
    await store.appendEvent(
      head.id,
      { type: 'closed', date: '2025-05-01', reason: 'discontinued' },
      { expectedVersion: 2 },
    );
    const entries = await oracle.auditEntries(head.id);
    expect(entries.map((a) => a.action)).toEqual([
      'case-created',
      'case-updated',
      'events-appended',
    ]);
    expect(
      entries.every((a) => a.actor === 'conformance-kit' && a.municipality === head.municipality),
    ).toBe(true);
    const seqs = entries.map((a) => a.seq);
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
  });
  test(
    'audit',
    'audits a protected read with its purpose and legal ground',
    async ({ store, oracle, inputs }) => {
      const head = (await store.create(inputs(1)[0]))._unsafeUnwrap();
      await store.readProtected(head.id, { purpose: 'housing-referral', legalGround: 'consent' });
      const last = (await oracle.auditEntries(head.id)).at(-1);
      expect(last).toMatchObject({
        action: 'protected-read',
        purpose: 'housing-referral',
        legalGround: 'consent',
      });
      const refused = await store.readProtected(head.id, {
        purpose: 'curiosity',
        legalGround: 'none',
      } as never);
      expect(refused._unsafeUnwrapErr()[0].code).toBe('store.invalid-request');
      expect(await oracle.auditEntries(head.id)).toHaveLength(2);
    },
  );
  test('audit', 'keeps personal values out of the audit log', async ({ store, oracle, inputs }) => {
    const [input] = inputs(1);
    const head = (await store.create(input))._unsafeUnwrap();
    await store.readProtected(head.id, { purpose: 'case-handling', legalGround: 'public-task' });
    const text = JSON.stringify(await oracle.auditEntries(head.id));
    expect(text).not.toContain('Testperson');
    expect(text).not.toContain('Förövargatan');
    expect(text).not.toContain('Testanteckning');
  });
  test('audit', 'lists the audit log in pages', async ({ store, inputs }) => {
    const heads = [];
    for (const input of inputs(5)) heads.push((await store.create(input))._unsafeUnwrap());
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = (
        await store.listAudit({ limit: 2, ...(after === undefined ? {} : { after }) })
      )._unsafeUnwrap();
      seen.push(...page.items.map((a) => a.caseId));
      after = page.next;
    } while (after !== undefined);
    expect(seen).toEqual(heads.map((h) => h.id));
    const one = (await store.listAudit({ caseId: heads[2]?.id ?? '', limit: 10 }))._unsafeUnwrap();
    expect(one.items.map((a) => a.caseId)).toEqual([heads[2]?.id]);
  });
}
