import { createCaseStore } from '@stadig/case';
import { afterAll, describe, expect, it } from 'vitest';
import { checkSchemaVersion } from './checkSchemaVersion';
import { connectPostgres } from './connectPostgres';
import { createPostgresCaseStorePort } from './createPostgresCaseStorePort';
import { schemaVersion } from './postgresMigrations';
import { serverDatabase, serverUrl } from './testSupport';

describe('connectPostgres', () => {
  it('answers an unreachable server with a clear error, not a stack trace', async () => {
    const url = 'postgresql://someone:secret-password@127.0.0.1:1/stadig';
    const result = await connectPostgres({ connectionString: url, connectionTimeoutMillis: 2000 });
    const [error] = result._unsafeUnwrapErr();
    expect(error.code).toBe('store.unavailable');
    expect(error.message.sv).toBe(
      'Databasen kan inte nås. Kontrollera adress, port och att servern körs.',
    );
    expect(JSON.stringify(result)).not.toContain('secret-password');
  });
});

describe.skipIf(serverUrl === undefined)('connectPostgres against a server', () => {
  const db = serverDatabase(serverUrl ?? '');
  afterAll(() => db.drop(), 60_000);

  it('answers wrong credentials with store.credentials', async () => {
    await db.owner();
    const url = db.urlOf(new URL(db.appUrl()).pathname.slice(1), {
      name: 'stadig_nobody',
      password: 'wrong',
    });
    const result = await connectPostgres({ connectionString: url });
    expect(result._unsafeUnwrapErr()[0].code).toBe('store.credentials');
    expect(JSON.stringify(result)).not.toContain('wrong');
  }, 30_000);

  it('answers a database whose schema is older than the code with store.schema-outdated', async () => {
    const owner = (await connectPostgres({ connectionString: serverUrl ?? '' }))._unsafeUnwrap();
    try {
      const version = await checkSchemaVersion(owner);
      expect(version._unsafeUnwrapErr()[0]).toMatchObject({
        code: 'store.schema-outdated',
        params: { found: 0, expected: schemaVersion },
      });
      const store = createCaseStore(
        createPostgresCaseStorePort(owner, { municipalities: ['2080'] }),
        {
          newId: () => 'x',
          now: () => '2025-06-01T12:00:00.000Z',
          actor: 'test',
        },
      );
      expect((await store.get('case-1'))._unsafeUnwrapErr()[0].code).toBe('store.schema-outdated');
    } finally {
      await owner.close();
    }
  }, 30_000);
});
