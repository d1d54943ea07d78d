/**
 * `@stadig/housing`.
 *
 * @packageDocumentation
 */
export {};
