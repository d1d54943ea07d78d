import { conformanceMunicipalities, runAdapterConformance } from '@stadig/adapter-testkit';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { createPostgresCaseStorePort } from './createPostgresCaseStorePort';
import { createPostgresOracle } from './createPostgresOracle';
import type { SqlEngine } from './SqlEngine';
import { serverDatabase, serverUrl } from './testSupport';

if (serverUrl === undefined) {
  describe('case store conformance: PostgreSQL server', () => {
    it.skip('needs a server: set STADIG_TEST_POSTGRES_URL (scripts/postgres-test-cluster.sh start)', () => {});
  });
} else {
  const db = serverDatabase(serverUrl);
  let app: SqlEngine | undefined;
  beforeAll(async () => {
    await db.owner();
    app = db.app(60);
  }, 60_000);
  afterAll(() => db.drop(), 60_000);

  runAdapterConformance({
    adapter: 'PostgreSQL server, as a login role that is a member of stadig_app (not the owner)',
    writers: 50,
    setup: async () => {
      const owner = await db.owner();
      return {
        port: createPostgresCaseStorePort(app ?? owner, {
          municipalities: conformanceMunicipalities,
        }),
        oracle: createPostgresOracle(owner),
      };
    },
  });
}
