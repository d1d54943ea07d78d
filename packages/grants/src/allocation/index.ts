export type { Allocation, AllocationSummary } from './Allocation';
export type { AllocationPolicy, PolicyClaim } from './AllocationPolicy';
export { allocateGrants, type GrantRound } from './allocateGrants';
export { type AllocationJson, allocationJson, type ReasonJson } from './allocationJson';
export { apportionKronor } from './apportionKronor';
export { capPolicy } from './capPolicy';
export { formatAllocation } from './formatAllocation';
export {
  type ActivityDecision,
  type DecisionKind,
  decisionKinds,
  type GrantDecision,
  type NotGrantedPart,
} from './GrantDecision';
export { allocationMessages } from './messages';
export { defaultPriorityCategories, priorityPolicy } from './priorityPolicy';
export { proRataPolicy } from './proRataPolicy';
