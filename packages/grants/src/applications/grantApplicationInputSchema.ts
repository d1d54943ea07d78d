import { periodSchema } from '@stadig/core';
import * as z from 'zod/mini';
import { activityCategoryIds } from '../categories/activityCategories';
import { ineligiblePurposeIds } from '../categories/ineligiblePurposes';

/**
 * The zod schema of an application as JSON (the shape `parseGrantApplication`
 * reads): amounts in kronor as numbers (`400000`, `1234.5`) or as text the Swedish way
 * (`"400 000 kr"`), the municipality as people write it or as its SCB code.
 *
 * @example
 * ```ts
 * grantApplicationInputSchema.safeParse({
 *   id: 'A-1', year: 2023, municipality: '2080', requested: 1000,
 *   activities: [{ category: 'other', salaryCosts: 1000, otherCosts: 0, period: { from: '2023-01-01', to: '2023-03-31' } }],
 * }).success;
 * //=> true
 * ```
 */
export const grantApplicationInputSchema = /* @__PURE__ */ (() => {
  const amount = z.union([z.number(), z.string()]);
  return z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    year: z.int(),
    municipality: z.string().check(z.minLength(1), z.maxLength(200)),
    requested: amount,
    activities: z
      .array(
        z.strictObject({
          category: z.enum(activityCategoryIds),
          salaryCosts: amount,
          otherCosts: amount,
          period: periodSchema,
          ineligiblePurposes: z.optional(z.array(z.enum(ineligiblePurposeIds))),
        }),
      )
      .check(z.minLength(1), z.maxLength(1000)),
  });
})();

/**
 * An application as JSON, before validation: the input of `parseGrantApplication`.
 *
 * @example
 * ```ts
 * const input: GrantApplicationInput = {
 *   id: 'A-1', year: 2023, municipality: 'Borås Stad', requested: '250 000 kr',
 *   activities: [{ category: 'social-contracts', salaryCosts: 250000, otherCosts: 0,
 *     period: { from: '2023-01-01', to: '2023-12-31' } }],
 * };
 * ```
 */
export type GrantApplicationInput = z.input<typeof grantApplicationInputSchema>;
