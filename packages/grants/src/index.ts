/**
 * `@stadig/grants`: the state grant that funds municipalities' work on permanent
 * housing for survivors of violence (SFS 2022:1416, Socialstyrelsen; seed 004).
 *
 * - grant years (budget, administration share, eligible cost window) as data,
 * - activity categories and ineligible purposes as closed vocabularies,
 * - applications validated with every problem listed, allocation with pluggable
 *   policies and exact whole-krona rounding, decisions with reasons,
 * - usage reports, repayment and clawback,
 * - published tables (Bilaga 1, table 2) computed from rows, and a Vega-Lite chart.
 *
 * Pure: no I/O, no clock.
 *
 * @packageDocumentation
 */
export * from './allocation';
export * from './applications';
export * from './categories';
export * from './eligibility';
export { type GrantsErrorCode, grantsMessages } from './messages';
export * from './percent';
export * from './sources';
export * from './tables';
export * from './usage';
export * from './years';
