/**
 * `@stadig/grants`.
 *
 * @packageDocumentation
 */
export {};
