import { describe } from 'vitest';
import type { ConformanceOptions } from './ConformanceOptions';
import { type ConformanceSuite, conformanceTests } from './conformanceTests';
import { defineConformanceTest } from './defineConformanceTest';
import { auditSuite } from './suites/auditSuite';
import { batchSuite } from './suites/batchSuite';
import { concurrencySuite } from './suites/concurrencySuite';
import { consentSuite } from './suites/consentSuite';
import { crudSuite } from './suites/crudSuite';
import { eventLogSuite } from './suites/eventLogSuite';
import { protectedSuite } from './suites/protectedSuite';
import { querySuite } from './suites/querySuite';
import { upsertSuite } from './suites/upsertSuite';

type Test = ReturnType<typeof defineConformanceTest>;

const suites = {
  'create-read-update': crudSuite,
  'event-log': eventLogSuite,
  consents: consentSuite,
  audit: auditSuite,
  'protected-data': protectedSuite,
  queries: (test: Test) => querySuite(test, 'queries'),
  pagination: (test: Test) => querySuite(test, 'pagination'),
  upsert: upsertSuite,
  batches: batchSuite,
  concurrency: concurrencySuite,
} as const satisfies Record<ConformanceSuite, (test: Test, options: ConformanceOptions) => void>;

/**
 * Registers the conformance suite of the case store port with vitest: one `describe`
 * per suite, each test on a fresh store from `setup`, each write checked through the
 * store oracle as well as through the adapter. Call it at the top level of a test file.
 *
 * @param options - the adapter's name, `setup`, and optionally `skip`, `suites`, `writers`
 *
 * @example
 * ```ts
 * // memory.conformance.test.ts
 * runAdapterConformance({ adapter: 'memory', setup: async () => createMemoryCaseStorePort() });
 * ```
 */
export function runAdapterConformance(options: ConformanceOptions): void {
  const test = defineConformanceTest(options);
  describe(`case store conformance: ${options.adapter}`, () => {
    for (const suite of Object.keys(conformanceTests) as ConformanceSuite[]) {
      if (options.suites !== undefined && !options.suites.includes(suite)) continue;
      describe(suite, () => suites[suite](test, options));
    }
  });
}
