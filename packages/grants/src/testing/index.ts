/**
 * fast-check arbitraries for `@stadig/grants`, so that you can property-test your own
 * code with valid applications, usage reports and grant tables.
 *
 * Needs `fast-check` (an optional peer dependency).
 *
 * @packageDocumentation
 */
export { type ArbGrantApplicationOptions, arbGrantApplication } from './arbGrantApplication';
export { arbGrantTableText, type GrantTableText } from './arbGrantTableText';
export { arbUsageReport } from './arbUsageReport';
