import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCaseStore } from '@stadig/case';
import { exampleCaseInput } from '@stadig/case/testing';
import { describe, expect, it } from 'vitest';
import { checkSchemaVersion } from './checkSchemaVersion';
import { createPostgresCaseStorePort } from './createPostgresCaseStorePort';
import { migrateCaseStore } from './migrateCaseStore';
import { openPglite } from './openPglite';
import { schemaVersion } from './postgresMigrations';

const options = {
  newId: () => crypto.randomUUID(),
  now: () => '2025-06-01T12:00:00.000Z',
  actor: 'test',
};

describe('openPglite with a data directory', () => {
  it('keeps the cases, and its migrations apply once, across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'stadig-pglite-'));
    try {
      const first = (await openPglite({ dataDir }))._unsafeUnwrap();
      expect((await checkSchemaVersion(first))._unsafeUnwrapErr()[0].code).toBe(
        'store.schema-outdated',
      );
      expect((await migrateCaseStore(first))._unsafeUnwrap()).toEqual({
        from: 0,
        to: schemaVersion,
      });
      const port = createPostgresCaseStorePort(first, {
        municipalities: ['2080'],
        role: 'stadig_app',
      });
      (await createCaseStore(port, options).create(exampleCaseInput()))._unsafeUnwrap();
      await first.close();

      const again = (await openPglite({ dataDir }))._unsafeUnwrap();
      expect((await migrateCaseStore(again))._unsafeUnwrap()).toEqual({
        from: schemaVersion,
        to: schemaVersion,
      });
      const store = createCaseStore(
        createPostgresCaseStorePort(again, { municipalities: ['2080'], role: 'stadig_app' }),
        options,
      );
      expect((await store.get('case-0001'))._unsafeUnwrap().version).toBe(1);
      await again.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
