import { afterAll, beforeAll, describe, it } from 'vitest';
import { securitySuite } from './securitySuite';
import { serverDatabase, serverUrl } from './testSupport';

if (serverUrl === undefined) {
  describe('database guarantees: PostgreSQL server', () => {
    it.skip('needs a server: set STADIG_TEST_POSTGRES_URL (scripts/postgres-test-cluster.sh start)', () => {});
  });
} else {
  const db = serverDatabase(serverUrl);
  beforeAll(() => db.owner(), 60_000);
  afterAll(() => db.drop(), 60_000);
  describe('database guarantees: PostgreSQL server, as stadig_app', () => {
    securitySuite(db.owner, 'stadig_app');
  });
}
