import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMemoryCaseStorePort } from '@stadig/adapter-testkit';
import { createCaseStore } from '@stadig/case';
import type { DateOnly } from '@stadig/core';
import { describe, expect, it } from 'vitest';
import { caseStoreSink } from './caseStoreSink';
import { importCsv } from './importCsv';

const asOf = '2026-01-01' as DateOnly;
const file = readFileSync(join(import.meta.dirname, '../../examples/cases-excel-sv.csv'));
const storeOptions = {
  newId: (() => {
    let n = 0;
    return () => `id-${++n}`;
  })(),
  now: () => '2026-01-01T12:00:00.000Z',
  asOf: () => asOf,
  actor: 'import-test',
};

describe('caseStoreSink', () => {
  it('imports into a conformant store in transactional batches, with a checkpoint', async () => {
    const { port, oracle } = createMemoryCaseStorePort();
    const store = createCaseStore(port, storeOptions);
    const sink = caseStoreSink(store, { importId: 'exempel-1' });
    const summary = await importCsv(file, { kind: 'cases', asOf, sink, batchSize: 1 });
    expect(summary).toMatchObject({ read: 2, imported: 2, rejected: 0 });
    expect(await oracle.countCases()).toBe(2);
    expect(await oracle.readCheckpoint('exempel-1')).toEqual({
      importId: 'exempel-1',
      position: 3,
    });
  });

  it("rejects a case the store refuses with the store's own reason, and keeps the others", async () => {
    const { port, oracle } = createMemoryCaseStorePort();
    const store = createCaseStore(port, storeOptions);
    const sink = caseStoreSink(store);
    await importCsv(file, { kind: 'cases', asOf, sink });
    // The same file again, with the first case moved to another municipality.
    const moved = new TextDecoder().decode(file).replace('case-0001;2080;', 'case-0001;1480;');
    const summary = await importCsv(new TextEncoder().encode(moved), { kind: 'cases', asOf, sink });
    expect(summary).toMatchObject({ read: 2, imported: 1, rejected: 1 });
    expect(summary.rejections).toEqual([
      {
        row: 2,
        problems: [
          expect.objectContaining({ code: 'csv.sink-failed' }),
          {
            column: null,
            columnIndex: null,
            // The case's id is taken by the case stored in the other municipality.
            code: 'store.duplicate',
            message: {
              sv: 'Ett ärende med samma id eller externa id finns redan.',
              en: 'A case with the same id or external id already exists.',
            },
          },
        ],
      },
    ]);
    expect(await oracle.countCases()).toBe(2);
    const json = JSON.stringify(summary);
    for (const secret of ['Testa', 'Exempelsdotter', 'Storgatan'])
      expect(json).not.toContain(secret);
  });

  it('creates no duplicate when the same file is imported again, and resumes after the checkpoint', async () => {
    const { port, oracle } = createMemoryCaseStorePort();
    const store = createCaseStore(port, storeOptions);
    const sink = caseStoreSink(store, { importId: 'exempel-2' });
    await importCsv(file, { kind: 'cases', asOf, sink });
    const again = await importCsv(file, { kind: 'cases', asOf, sink });
    expect(again).toMatchObject({ imported: 2, rejected: 0 });
    expect(await oracle.countCases()).toBe(2);
    const checkpoint = (await store.readCheckpoint('exempel-2'))._unsafeUnwrap();
    const resumed = await importCsv(file, {
      kind: 'cases',
      asOf,
      sink,
      resumeAfter: checkpoint?.position ?? 0,
    });
    expect(resumed).toMatchObject({ read: 0, imported: 0, resumedAfter: 3 });
  });
});
