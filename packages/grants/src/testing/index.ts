/**
 * fast-check arbitraries for `@stadig/grants`.
 *
 * @packageDocumentation
 */
export {};
