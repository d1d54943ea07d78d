import type { CaseStore, CaseStorePort } from '@stadig/case';
import type { ConformanceSuite, ConformanceTestId } from './conformanceTests';
import type { StoreOracle } from './StoreOracle';

/**
 * A fresh, empty store for one test: the adapter's port, the oracle that looks into
 * the same store directly, and what to do after the test.
 *
 * @example
 * ```ts
 * const fixture: AdapterFixture = createMemoryCaseStorePort();
 * ```
 */
export interface AdapterFixture {
  readonly port: CaseStorePort;
  readonly oracle: StoreOracle;
  readonly teardown?: () => Promise<void>;
}

/**
 * Options of {@link runAdapterConformance}.
 *
 * @example
 * ```ts
 * const options: ConformanceOptions = { adapter: 'memory', setup: async () => createMemoryCaseStorePort() };
 * ```
 */
export interface ConformanceOptions {
  /** The adapter's name, in the test titles. */
  readonly adapter: string;
  /** Makes a fresh, empty store; called before every test. */
  readonly setup: () => Promise<AdapterFixture>;
  /** Tests or whole suites this adapter opts out of, each reported as skipped. */
  readonly skip?: readonly ConformanceTestId[];
  /** Only these suites (default: all). */
  readonly suites?: readonly ConformanceSuite[];
  /** How many concurrent writers the concurrency suite starts (default 10). */
  readonly writers?: number;
  /** The vitest timeout of each test in milliseconds (default 20 000). */
  readonly timeout?: number;
}

/**
 * What each conformance test receives: a store made by `createCaseStore` over a fresh
 * port, the port itself, its oracle, and fresh case inputs.
 *
 * @example
 * ```ts
 * const run = async ({ store, inputs }: ConformanceFixture) => store.create(inputs(1)[0]);
 * ```
 */
export interface ConformanceFixture {
  readonly store: CaseStore;
  readonly port: CaseStorePort;
  readonly oracle: StoreOracle;
  /** `count` new, valid, synthetic case inputs, with protected values in every part. */
  readonly inputs: (count: number, municipality?: string) => Record<string, unknown>[];
  /** Makes another store over the same port (another actor), for concurrent writers. */
  readonly storeAs: (actor: string) => CaseStore;
}
