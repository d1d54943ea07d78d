/**
 * fast-check arbitraries for `@stadig/core` values, so that you can property-test
 * your own code with valid (and invalid) Stadig data.
 *
 * Needs `fast-check` (an optional peer dependency).
 *
 * @packageDocumentation
 */
export * from './dates';
export * from './household';
export * from './identity';
export * from './money';
export * from './municipalities';
export * from './mutations';
