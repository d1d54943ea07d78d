import { dateOnlySchema } from '@stadig/core';
import * as z from 'zod/mini';
import { activityCategoryIds } from '../categories/activityCategories';

/**
 * The zod schema of a usage report as JSON (what `parseUsageReport` reads): amounts
 * in kronor, as numbers or Swedish text; the municipality as written or its code.
 *
 * @example
 * ```ts
 * usageReportInputSchema.safeParse({ municipality: '2080', year: 2023, granted: 700000, used: [] }).success;
 * //=> true
 * ```
 */
export const usageReportInputSchema = /* @__PURE__ */ (() => {
  const amount = z.union([z.number(), z.string()]);
  return z.strictObject({
    municipality: z.string().check(z.minLength(1), z.maxLength(200)),
    year: z.int(),
    granted: amount,
    used: z.array(
      z.strictObject({ category: z.enum(activityCategoryIds), salary: amount, other: amount }),
    ),
    unusedReasons: z.optional(z.array(z.enum(['time', 'staff', 'other']))),
    clawbacks: z.optional(z.array(z.strictObject({ amount, decided: z.optional(dateOnlySchema) }))),
    repaid: z.optional(amount),
  });
})();

/**
 * A usage report as JSON, before validation.
 *
 * @example
 * ```ts
 * const input: UsageReportInput = { municipality: 'Hammarö kommun', year: 2023, granted: 900000,
 *   used: [{ category: 'mapping-and-analysis', salary: 352435, other: 0 }], unusedReasons: ['time'] };
 * ```
 */
export type UsageReportInput = z.input<typeof usageReportInputSchema>;
