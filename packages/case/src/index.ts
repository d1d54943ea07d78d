/**
 * `@stadig/case`: the case of one household, from first contact to closure.
 *
 * - the case as a zod schema (types inferred, JSON Schema shipped) and `parseCase`,
 *   which protects every personal field;
 * - the lifecycle: states derived from the event log, `deriveState` and `applyEvent`;
 * - consent and referrals: `canShare` and `referralFor`, with the minimum a landlord needs;
 * - synthetic data: `generateCases`, deterministic and clearly fake;
 * - statistics: `caseStatistics` with small counts suppressed, also where they could be
 *   recovered by subtraction.
 *
 * @packageDocumentation
 */
export * from './consent';
export * from './lifecycle';
export * from './model';
export * from './statistics';
export * from './store';
export * from './synthetic';
