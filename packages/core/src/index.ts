/**
 * `@stadig/core`: the primitives every Stadig package shares.
 *
 * - municipalities and counties (SCB codes) and name resolution,
 * - personal identity numbers and coordination numbers,
 * - money in whole öre, date-only values, household composition,
 * - the error model, `Result`s, protected values, and sv/en messages.
 *
 * @packageDocumentation
 */
export * from './dates';
export * from './errors';
export * from './household';
export * from './i18n';
export * from './identity';
export * from './messages';
export * from './money';
export * from './municipalities';
export * from './protected';
export * from './result';
export * from './schema';
