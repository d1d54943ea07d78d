import { conformanceMunicipalities, runAdapterConformance } from '@stadig/adapter-testkit';
import { beforeAll, describe } from 'vitest';
import { createPostgresCaseStorePort } from './createPostgresCaseStorePort';
import { createPostgresOracle } from './createPostgresOracle';
import { securitySuite } from './securitySuite';
import { sharedPglite } from './testSupport';

// One PGlite for the file (starting one takes seconds), emptied before each test.
const engine = sharedPglite();
beforeAll(async () => {
  await engine();
}, 120_000);

runAdapterConformance({
  adapter: 'PGlite, as the application role (not the owner)',
  setup: async () => {
    const e = await engine();
    return {
      port: createPostgresCaseStorePort(e, {
        municipalities: conformanceMunicipalities,
        role: 'stadig_app',
      }),
      oracle: createPostgresOracle(e),
    };
  },
});

describe('database guarantees: PGlite, as stadig_app', () => {
  securitySuite(engine, 'stadig_app');
});
