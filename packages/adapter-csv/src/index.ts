/**
 * `@stadig/adapter-csv`: the files municipalities really exchange, imported and
 * exported safely.
 *
 * - streaming import with Papa Parse: comma, semicolon or tab; UTF-8 with or without BOM
 *   or Windows-1252 (iconv-lite); decimal comma; detected, with overrides;
 * - mapping profiles (JSON) from a system's export columns to Stadig's fields;
 * - every row imported or rejected with its row, column, code and sv/en message, never
 *   a personal value; read = imported + rejected; strict mode;
 * - export of case lists, statistics and grant reports in the Swedish Excel dialect or
 *   RFC 4180, protected fields only with a legal ground.
 *
 * @packageDocumentation
 */
export * from './dialect';
export * from './export';
export * from './import';
export { type CsvErrorCode, csvMessages } from './messages';
export * from './profile';
export * from './rows';
