/**
 * fast-check arbitraries for `@stadig/housing`.
 *
 * @packageDocumentation
 */
export {};
