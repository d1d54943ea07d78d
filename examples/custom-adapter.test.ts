import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAdapterConformance } from '@stadig/adapter-testkit';
import { createJsonFileCaseStorePort } from './custom-adapter';

const dir = mkdtempSync(join(tmpdir(), 'stadig-json-store-'));
let n = 0;

// Every conformance suite, each test on a fresh file, checked in the file itself.
runAdapterConformance({
  adapter: 'one JSON file (examples/custom-adapter.ts)',
  setup: async () => createJsonFileCaseStorePort(join(dir, `store-${++n}.json`)),
});
