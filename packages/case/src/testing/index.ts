/**
 * fast-check arbitraries and fixtures for `@stadig/case`.
 *
 * @packageDocumentation
 */

export { type ArbCaseEventOptions, arbCaseEvent } from './arbCaseEvent';
export { type ArbCaseOptions, arbCase, arbCaseInput } from './arbCaseInput';
export { arbCaseStatisticsRecord } from './arbCaseStatisticsRecord';
export { exampleCaseInput } from './exampleCaseInput';
