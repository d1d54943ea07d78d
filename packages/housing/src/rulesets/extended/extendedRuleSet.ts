import { extendRuleSet } from '../../rules/extendRuleSet';
import type { RuleSet } from '../../rules/RuleSet';
import { nationalRuleSet } from '../national/nationalRuleSet';
import { affordableRentRule } from './affordableRentRule';
import { avoidedAreaRule } from './avoidedAreaRule';
import { enoughRoomsRule } from './enoughRoomsRule';

/**
 * The national baseline plus suitability: a long-term solution must also be one the
 * household can live in: not in a municipality or county it must avoid
 * (`extended.avoided-area`), with enough rooms (`extended.enough-rooms`), at a rent it
 * can afford (`extended.affordable-rent`, income at least 3 × rent). Pass the household
 * as `evaluatePermanence(…, { household })`; what is missing becomes a question.
 *
 * @example
 * ```ts
 * const s = parseHousingSolution({ tenure: 'owned', municipality: '2062' })._unsafeUnwrap();
 * evaluatePermanence(s, { asOf: parseDateOnly('2026-01-01')._unsafeUnwrap(), ruleSet: extendedRuleSet }).verdict;
 * //=> 'needs-assessment'
 * ```
 */
export const extendedRuleSet: RuleSet = /* @__PURE__ */ (() =>
  extendRuleSet(nationalRuleSet, {
    id: 'extended',
    version: '1.0.0',
    title: {
      sv: 'Utökad: nationell grund och lämplighet för hushållet',
      en: 'Extended: national baseline and suitability for the household',
    },
    add: [avoidedAreaRule, enoughRoomsRule, affordableRentRule()],
  })._unsafeUnwrap())();
