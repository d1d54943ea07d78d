export { availableAmount } from './availableAmount';
export type { GrantYear } from './GrantYear';
export { getGrantYear } from './getGrantYear';
export { grantYears, type ShippedGrantYear } from './grantYears';
export { yearMessages } from './messages';
