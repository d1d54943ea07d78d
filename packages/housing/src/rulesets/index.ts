export { builtInRuleSets } from './builtInRuleSets';
export { affordableRentRule } from './extended/affordableRentRule';
export { avoidedAreaRule } from './extended/avoidedAreaRule';
export { enoughRoomsRule } from './extended/enoughRoomsRule';
export { extendedRuleSet } from './extended/extendedRuleSet';
export { nationalRuleSet } from './national/nationalRuleSet';
export { socialContractTakeoverRule } from './socialContractTakeoverRule';
export { strictRuleSet } from './strictRuleSet';
