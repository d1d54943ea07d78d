import { parseDateOnly, reveal } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleCaseInput } from '../testing/exampleCaseInput';
import type { AuditRecord, CaseRecord, CaseStorePort } from './CaseStorePort';
import { caseStoreFailure } from './caseStoreFailure';
import { createCaseStore } from './createCaseStore';

const asOf = parseDateOnly('2025-06-01')._unsafeUnwrap();

/** A test-only port: one Map, no isolation (enough for the factory's own tests). */
function mapPort(): CaseStorePort & { cases: Map<string, CaseRecord>; audit: AuditRecord[] } {
  const cases = new Map<string, CaseRecord>();
  const audit: AuditRecord[] = [];
  const log = (e: Omit<AuditRecord, 'seq'>) => audit.push({ ...e, seq: audit.length + 1 });
  const head = (r: CaseRecord | undefined) => {
    if (r === undefined) return undefined;
    const { protectedPart: _p, ...h } = r;
    return h;
  };
  const port: CaseStorePort = {
    insert: async (r, a) => {
      if (cases.has(r.id)) return 'duplicate';
      cases.set(r.id, r);
      log(a);
      return 'ok';
    },
    get: async (id) => head(cases.get(id)),
    getByExternalId: async (m, x) =>
      head([...cases.values()].find((c) => c.municipality === m && c.externalId === x)),
    readProtected: async (id, a) => {
      log(a);
      return cases.get(id)?.protectedPart;
    },
    update: async (c, a) => {
      const r = cases.get(c.id);
      if (r === undefined) return 'not-found';
      if (r.version !== c.expectedVersion) return 'conflict';
      cases.set(c.id, {
        ...r,
        version: r.version + 1,
        state: c.state,
        body: c.body,
        events: [...r.events, ...c.appendEvents],
        protectedPart: c.protectedPart ?? r.protectedPart,
      });
      log(a);
      return 'ok';
    },
    query: async () => ({ items: [] }),
    listAudit: async () => ({ items: audit }),
    readCheckpoint: async () => undefined,
    writeCheckpoint: async () => undefined,
    transaction: (work) => work(port),
  };
  return Object.assign(port, { cases, audit });
}

let n = 0;
const options = {
  newId: () => `id-${++n}`,
  now: () => '2025-06-01T12:00:00.000Z',
  asOf: () => asOf,
  actor: 'handlaggare-17',
};

describe('createCaseStore', () => {
  it('validates, splits, stores and audits a new case', async () => {
    const port = mapPort();
    const store = createCaseStore(port, options);
    const head = (await store.create(exampleCaseInput()))._unsafeUnwrap();
    expect(head).toMatchObject({ id: 'case-0001', version: 1, state: 'planning' });
    expect(JSON.stringify(head)).not.toContain('Exempelsdotter');
    expect(port.cases.get('case-0001')?.protectedPart.notes).toHaveLength(1);
    expect(port.audit).toEqual([
      expect.objectContaining({
        action: 'case-created',
        actor: 'handlaggare-17',
        caseId: 'case-0001',
      }),
    ]);
  });

  it('makes an id for a case without one', async () => {
    const { id: _id, ...input } = exampleCaseInput();
    const head = (await createCaseStore(mapPort(), options).create(input))._unsafeUnwrap();
    expect(head.id).toMatch(/^id-\d+$/);
  });

  it('reads protected data only with a reason, and audits the read', async () => {
    const port = mapPort();
    const store = createCaseStore(port, options);
    await store.create(exampleCaseInput());
    const whole = await store.readProtected('case-0001', {
      purpose: 'case-handling',
      legalGround: 'public-task',
    });
    expect(reveal(whole._unsafeUnwrap().household.survivor.name)).toBe('Testa Exempelsdotter');
    expect(port.audit.at(-1)).toMatchObject({ action: 'protected-read', purpose: 'case-handling' });
    const refused = await store.readProtected('case-0001', {} as never);
    expect(refused._unsafeUnwrapErr()[0].code).toBe('store.invalid-request');
    expect(port.audit).toHaveLength(2);
  });

  it('refuses to move a case to another municipality', async () => {
    const store = createCaseStore(mapPort(), options);
    await store.create(exampleCaseInput());
    const moved = await store.update(
      'case-0001',
      { ...exampleCaseInput(), municipality: '2062' },
      { expectedVersion: 1 },
    );
    expect(moved._unsafeUnwrapErr()[0].code).toBe('store.municipality-changed');
  });

  it.each([
    ['unavailable', 'store.unavailable'],
    ['credentials', 'store.credentials'],
    ['schema-outdated', 'store.schema-outdated'],
    ['forbidden', 'store.forbidden'],
  ] as const)('answers a %s store with %s, not a stack trace', async (kind, code) => {
    const failing = {
      ...mapPort(),
      get: async () => Promise.reject(caseStoreFailure(kind, { found: 1, expected: 2 })),
    };
    const result = await createCaseStore(failing, options).get('case-0001');
    const [error] = result._unsafeUnwrapErr();
    expect(error.code).toBe(code);
    expect(error.message.en).not.toMatch(/\n\s+at |Error/);
  });

  it('maps an unknown rejection to store.failed without its text', async () => {
    const failing = {
      ...mapPort(),
      insert: async () => Promise.reject(new Error('password=hunter2')),
    };
    const result = await createCaseStore(failing, options).create(exampleCaseInput());
    expect(result._unsafeUnwrapErr()[0].code).toBe('store.failed');
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });

  describe('properties', () => {
    it('no operation throws, for any input', async () => {
      const store = createCaseStore(mapPort(), options);
      await fc.assert(
        fc.asyncProperty(fc.anything(), fc.anything(), async (a, b) => {
          await store.create(a);
          await store.get(a as string);
          await store.update(a as string, b, b as never);
          await store.appendEvent('case-0001', a, b as never);
          await store.recordConsent('case-0001', a, b as never);
          await store.withdrawConsent(a as string, b as string, a as never);
          await store.upsertByExternalId(a as string, b);
          await store.query(a as never);
          await store.listAudit(a as never);
          await store.batch(a as never, b as never);
          await store.readProtected(a as string, b as never);
        }),
        { numRuns: 150 },
      );
    });

    it('a failed write leaves the audit log as it was', async () => {
      const port = mapPort();
      const store = createCaseStore(port, options);
      await store.create(exampleCaseInput());
      await fc.assert(
        fc.asyncProperty(fc.anything(), async (junk) => {
          const before = port.audit.length;
          const r = await store.update('case-0001', junk, { expectedVersion: 1 });
          if (r.isErr()) expect(port.audit).toHaveLength(before);
        }),
        { numRuns: 100 },
      );
    });
  });
});
