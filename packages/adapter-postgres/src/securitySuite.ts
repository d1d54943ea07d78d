import { randomUUID } from 'node:crypto';
import { conformanceMunicipalities } from '@stadig/adapter-testkit';
import { createCaseStore } from '@stadig/case';
import { describe, expect, it } from 'vitest';
import { checkSchemaVersion } from './checkSchemaVersion';
import { createPostgresCaseStorePort } from './createPostgresCaseStorePort';
import { createPostgresOracle } from './createPostgresOracle';
import { schemaVersion } from './postgresMigrations';
import type { SqlEngine, SqlSession } from './SqlEngine';

const [falun, mora] = conformanceMunicipalities;
const input = (id: string, municipality: string) => ({
  id,
  municipality,
  household: { survivor: { name: 'Testa Testperson' }, children: [] },
  violence: { kinds: ['partner'], perpetrators: 1 },
  protection: {
    avoidMunicipalities: [],
    avoidCounties: [],
    keepDistanceFrom: [{ label: 'Testgatan 1' }],
    canStayInHomeMunicipality: false,
  },
  consents: [],
  stays: [],
  applications: [],
  notes: ['Testanteckning'],
  events: [{ type: 'opened', date: '2025-01-10' }],
});

/** Runs `work` as a role, acting for municipalities, in a transaction that is rolled back on failure. */
export async function asRole<T>(
  engine: SqlEngine,
  role: string,
  settings: Record<string, string>,
  work: (s: SqlSession) => Promise<T>,
): Promise<T> {
  return engine.transaction(async (s) => {
    await s.exec(`set local role ${role}`);
    for (const [name, value] of Object.entries(settings)) {
      await s.query('select set_config($1, $2, true)', [name, value]);
    }
    return work(s);
  });
}

const failsWith = async (promise: Promise<unknown>, code: string) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e as { code?: string },
  );
  expect(error?.code).toBe(code);
};

/**
 * The database's own guarantees, checked with SQL as the application role (not the
 * owner): row-level security, the append-only audit log, protected data behind an
 * auditing function, the network's offers, the partner's referral view.
 */
export function securitySuite(engine: () => Promise<SqlEngine>, appRole: string): void {
  const setup = async () => {
    const e = await engine();
    const opts = {
      newId: () => randomUUID(),
      now: () => '2025-06-01T12:00:00.000Z',
      actor: 'handlaggare-1',
    };
    const forFalun = createCaseStore(
      createPostgresCaseStorePort(e, { municipalities: [falun], role: appRole }),
      opts,
    );
    const forMora = createCaseStore(
      createPostgresCaseStorePort(e, { municipalities: [mora], role: appRole }),
      opts,
    );
    (await forFalun.create(input('case-a', falun)))._unsafeUnwrap();
    (await forMora.create(input('case-b', mora)))._unsafeUnwrap();
    return { e, forFalun, forMora, oracle: createPostgresOracle(e) };
  };

  describe('row-level security per municipality', () => {
    it("a connection acting for one municipality never sees another's case", async () => {
      const { e, forFalun } = await setup();
      expect((await forFalun.get('case-b'))._unsafeUnwrapErr()[0].code).toBe('store.not-found');
      expect(
        (await forFalun.query({ municipality: mora, limit: 10 }))._unsafeUnwrap().items,
      ).toEqual([]);
      const changed = await forFalun.appendEvent(
        'case-b',
        { type: 'placed', date: '2025-01-11' },
        { expectedVersion: 1 },
      );
      expect(changed._unsafeUnwrapErr()[0].code).toBe('store.not-found');
      const counted = await asRole(e, appRole, { 'stadig.municipalities': falun }, (s) =>
        s.query<{ id: string }>('select id from stadig.cases'),
      );
      expect(counted.rows.map((r) => r.id)).toEqual(['case-a']);
      const none = await asRole(e, appRole, {}, (s) => s.query('select id from stadig.cases'));
      expect(none.rows).toEqual([]);
    });

    it('a connection cannot write a case into another municipality', async () => {
      const { forFalun, oracle } = await setup();
      const written = await forFalun.create(input('case-c', mora));
      expect(written._unsafeUnwrapErr()[0].code).toBe('store.forbidden');
      expect(await oracle.readCase('case-c')).toBeUndefined();
    });
  });

  describe('protected data', () => {
    it('the application role cannot select protected data, only read it through the auditing function', async () => {
      const { e, oracle } = await setup();
      await failsWith(
        asRole(e, appRole, { 'stadig.municipalities': falun }, (s) =>
          s.query('select data from stadig.case_protected'),
        ),
        '42501',
      );
      const audit = JSON.stringify({
        id: randomUUID(),
        at: '2025-06-01T12:00:00Z',
        actor: 'h1',
        purpose: 'case-handling',
        legalGround: 'public-task',
      });
      const read = await asRole(e, appRole, { 'stadig.municipalities': falun }, (s) =>
        s.query<{ data: { notes: string[] } }>(
          'select stadig.read_protected($1, $2::jsonb) as data',
          ['case-a', audit],
        ),
      );
      expect(read.rows[0]?.data.notes).toEqual(['Testanteckning']);
      expect((await oracle.auditEntries('case-a')).map((a) => a.action)).toEqual([
        'case-created',
        'protected-read',
      ]);
    });

    it('the auditing function refuses a read without purpose and hides other municipalities', async () => {
      const { e, oracle } = await setup();
      await failsWith(
        asRole(e, appRole, { 'stadig.municipalities': falun }, (s) =>
          s.query('select stadig.read_protected($1, $2::jsonb)', ['case-a', '{}']),
        ),
        '42501',
      );
      const audit = JSON.stringify({ purpose: 'case-handling', legalGround: 'public-task' });
      const other = await asRole(e, appRole, { 'stadig.municipalities': falun }, (s) =>
        s.query<{ data: unknown }>('select stadig.read_protected($1, $2::jsonb) as data', [
          'case-b',
          audit,
        ]),
      );
      expect(other.rows[0]?.data).toBeNull();
      expect(await oracle.auditEntries('case-b')).toHaveLength(1);
    });
  });

  describe('append-only audit log', () => {
    it('the application role cannot update, delete or forge audit entries', async () => {
      const { e } = await setup();
      const as = (sql: string) =>
        asRole(e, appRole, { 'stadig.municipalities': falun }, (s) => s.query(sql));
      await failsWith(as("update stadig.audit_log set actor = 'someone else'"), '42501');
      await failsWith(as('delete from stadig.audit_log'), '42501');
      await failsWith(as('truncate stadig.audit_log'), '42501');
      await failsWith(
        as(
          "insert into stadig.audit_log (id, at, actor, action, case_id, municipality) values ('x', now(), 'x', 'case-created', 'case-a', '2080')",
        ),
        '42501',
      );
      await failsWith(as("update stadig.case_events set event = '{}'"), '42501');
    });

    it('not even the owner can change the audit log or the event log', async () => {
      const { e } = await setup();
      await failsWith(
        e.transaction((s) => s.query("update stadig.audit_log set actor = 'x'")),
        '42501',
      );
      await failsWith(
        e.transaction((s) => s.query('delete from stadig.case_events')),
        '42501',
      );
      await failsWith(
        e.transaction((s) => s.exec('truncate stadig.audit_log')),
        '42501',
      );
    });

    it('a write that goes around the adapter is audited all the same', async () => {
      const { e, oracle } = await setup();
      await asRole(e, appRole, { 'stadig.municipalities': falun }, (s) =>
        s.query("update stadig.cases set state = 'closed' where id = 'case-a'"),
      );
      const last = (await oracle.auditEntries('case-a')).at(-1);
      expect(last).toMatchObject({ action: 'case-updated', municipality: falun });
    });
  });

  describe('network offers and the exchange partner', () => {
    it("members read the network's offers; others do not", async () => {
      const { e } = await setup();
      await e.transaction((s) =>
        s.exec(
          `insert into stadig.network_members values ('kompotten', '2080'), ('kompotten', '2062'), ('other', '2062');`,
        ),
      );
      await asRole(e, appRole, { 'stadig.municipalities': mora }, async (s) => {
        await s.query(
          "insert into stadig.network_offers (id, network, municipality, offer) values ('o1', 'kompotten', $1, '{}')",
          [mora],
        );
        await s.query(
          "insert into stadig.network_offers (id, network, municipality, offer) values ('o2', 'other', $1, '{}')",
          [mora],
        );
      });
      const seen = await asRole(e, appRole, { 'stadig.municipalities': falun }, (s) =>
        s.query<{ id: string }>('select id from stadig.network_offers order by id'),
      );
      expect(seen.rows.map((r) => r.id)).toEqual(['o1']);
      await failsWith(
        asRole(e, appRole, { 'stadig.municipalities': falun }, (s) =>
          s.query(
            "insert into stadig.network_offers (id, network, municipality, offer) values ('o3', 'kompotten', $1, '{}')",
            [mora],
          ),
        ),
        '42501',
      );
    });

    it('an exchange partner sees only the minimal referral addressed to it, never the case', async () => {
      const { e } = await setup();
      await asRole(e, appRole, { 'stadig.municipalities': falun }, (s) =>
        s.query(
          "insert into stadig.referrals (id, case_id, municipality, partner, referral) values ('r1', 'case-a', $1, 'hyresvard-1', $2::jsonb)",
          [falun, JSON.stringify({ rooms: 2, ageBands: ['adult'] })],
        ),
      );
      const mine = await asRole(e, 'stadig_partner', { 'stadig.partner': 'hyresvard-1' }, (s) =>
        s.query<Record<string, unknown>>('select * from stadig.partner_referrals'),
      );
      expect(mine.rows).toHaveLength(1);
      expect(Object.keys(mine.rows[0] ?? {}).sort()).toEqual(['created_at', 'id', 'referral']);
      const theirs = await asRole(e, 'stadig_partner', { 'stadig.partner': 'hyresvard-2' }, (s) =>
        s.query('select * from stadig.partner_referrals'),
      );
      expect(theirs.rows).toEqual([]);
      for (const table of ['cases', 'case_protected', 'referrals', 'audit_log']) {
        await failsWith(
          asRole(e, 'stadig_partner', {}, (s) => s.query(`select * from stadig.${table}`)),
          '42501',
        );
      }
    });
  });

  describe('schema version', () => {
    it('a schema older or newer than the code is a clear error', async () => {
      const e = await engine();
      expect((await checkSchemaVersion(e))._unsafeUnwrap()).toBe(schemaVersion);
      const rollback = new Error('rollback');
      const check = (sql: string) =>
        e
          .transaction(async (s) => {
            await s.exec(sql);
            const result = await checkSchemaVersion({
              kind: 'pglite',
              transaction: (w) => w(s),
              close: async () => undefined,
            });
            throw Object.assign(rollback, { result });
          })
          .catch((x: { result: Awaited<ReturnType<typeof checkSchemaVersion>> }) => x.result);
      const older = await check('delete from stadig.schema_version');
      expect(older._unsafeUnwrapErr()[0]).toMatchObject({
        code: 'store.schema-outdated',
        params: { found: 0, expected: schemaVersion },
      });
      const newer = await check(
        "insert into stadig.schema_version (version, name) values (99, 'future')",
      );
      expect(newer._unsafeUnwrapErr()[0].code).toBe('store.schema-newer');
    });
  });
}
