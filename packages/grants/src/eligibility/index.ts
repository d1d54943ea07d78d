export { type ActivityEligibility, assessActivity } from './assessActivity';
export type { GrantReason } from './GrantReason';
export { type GrantRuleCode, grantRules } from './grantRules';
