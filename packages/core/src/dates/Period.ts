import * as z from 'zod/mini';
import { dateOnlySchema } from './DateOnly';

/**
 * The zod schema of a {@link Period}: `from` and an optional `to`, both ISO dates,
 * with `to` on or after `from` (else the issue `date.period-ends-before-start` at
 * `['to']`). Unknown keys are rejected.
 *
 * @example
 * ```ts
 * periodSchema.safeParse({ from: '2024-01-01', to: '2024-12-31' }).success;
 * //=> true
 * periodSchema.safeParse({ from: '2024-01-01' }).success;
 * //=> true
 * ```
 */
export const periodSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      from: dateOnlySchema,
      to: z.optional(dateOnlySchema),
    })
    .check(
      z.superRefine((period, ctx) => {
        if (period.to !== undefined && period.to < period.from) {
          ctx.addIssue({
            code: 'custom',
            path: ['to'],
            params: { code: 'date.period-ends-before-start' },
          });
        }
      }),
      z.meta({ description: 'A period of whole days; open-ended when it has no `to`' }),
    ))();

/**
 * A period of whole days from `from` to `to`, both days included. An open-ended
 * period (still going on, such as a current stay in sheltered housing) has no `to`,
 * never a far-away date. Obtain one from {@link parsePeriod} or {@link periodSchema}.
 *
 * @example
 * ```ts
 * const stay: Period = parsePeriod({ from: '2025-09-01' })._unsafeUnwrap();
 * ```
 */
export type Period = z.output<typeof periodSchema>;
