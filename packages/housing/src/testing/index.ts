/**
 * fast-check arbitraries for `@stadig/housing`: tenures, addresses, housing solutions
 * (as JSON input and parsed) and household contexts, so that you can property-test
 * your own rules and integrations with valid Stadig data.
 *
 * Needs `fast-check` (an optional peer dependency).
 *
 * @packageDocumentation
 */
export { arbAddress } from './arbAddress';
export { arbHouseholdContext } from './arbHouseholdContext';
export { arbHousingSolution } from './arbHousingSolution';
export { type ArbHousingOptions, arbHousingSolutionInput } from './arbHousingSolutionInput';
export { arbTenure } from './arbTenure';
