/**
 * `@stadig/housing`: housing solutions and the definition of permanent housing
 * (stadigvarande boende).
 *
 * - a housing solution as a zod schema (types inferred, JSON Schema shipped) and
 *   `parseHousingSolution`, which protects the address;
 * - the definition engine: rules as data plus a pure function, rule sets with ids and
 *   versions, `evaluatePermanence` with a verdict, its reasons and the open questions;
 * - the national baseline and the `strict` and `extended` variants, `extendRuleSet`
 *   to write your own, and `compareRuleSets` to see where two definitions disagree.
 *
 * @packageDocumentation
 */
export * from './rules';
export * from './rulesets';
export * from './solution';
