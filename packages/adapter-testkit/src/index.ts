/**
 * `@stadig/adapter-testkit`: the conformance suite every case store adapter passes,
 * and the in-memory reference adapter that passes it.
 *
 * @packageDocumentation
 */
export type { AdapterFixture, ConformanceFixture, ConformanceOptions } from './ConformanceOptions';
export {
  type ConformanceSuite,
  type ConformanceTestId,
  conformanceTests,
} from './conformanceTests';
export { conformanceMunicipalities } from './freshInputs';
export { createMemoryCaseStorePort } from './memory/createMemoryCaseStorePort';
export { runAdapterConformance } from './runAdapterConformance';
export type { StoreOracle } from './StoreOracle';
