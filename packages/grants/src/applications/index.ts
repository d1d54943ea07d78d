export type { GrantActivity, GrantApplication } from './GrantApplication';
export {
  type GrantApplicationInput,
  grantApplicationInputSchema,
} from './grantApplicationInputSchema';
export { applicationMessages } from './messages';
export { parseApplicationRows } from './parseApplicationRows';
export { parseGrantApplication } from './parseGrantApplication';
export { parseGrantApplications } from './parseGrantApplications';
