import { dateOnlySchema, municipalityCodeSchema } from '@stadig/core';
import * as z from 'zod/mini';
import { declineReasons } from '../model/vocabulary';
import { closeReasons } from './vocabulary';

const keys = <T extends object>(table: T) =>
  Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];

/**
 * The zod schema (zod/mini) of one event in a case's log: a discriminated union on
 * `type`, each with its `date`.
 *
 * @example
 * ```ts
 * caseEventSchema.safeParse({ type: 'opened', date: '2025-01-10' }).success;
 * //=> true
 * ```
 */
export const caseEventSchema = /* @__PURE__ */ (() => {
  const id = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
  const date = dateOnlySchema;
  return z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('opened'), date }),
    z.strictObject({ type: z.literal('placed'), date }),
    z.strictObject({ type: z.literal('planning-started'), date }),
    z.strictObject({
      type: z.literal('offer-made'),
      date,
      offerId: id,
      municipality: municipalityCodeSchema,
      rooms: z.optional(z.int().check(z.minimum(1), z.maximum(50))),
    }),
    z.strictObject({
      type: z.literal('offer-declined'),
      date,
      offerId: id,
      by: z.enum(['household', 'landlord']),
      reasons: z.array(z.enum(keys(declineReasons))).check(z.minLength(1)),
    }),
    z.strictObject({ type: z.literal('moved-in'), date, offerId: id }),
    z.strictObject({ type: z.literal('follow-up-started'), date }),
    z.strictObject({ type: z.literal('closed'), date, reason: z.enum(keys(closeReasons)) }),
  ]);
})();

/**
 * One event in a case's log.
 *
 * @example
 * ```ts
 * const event: CaseEvent = { type: 'closed', date: parseDateOnly('2025-06-01')._unsafeUnwrap(), reason: 'moved-on-own' };
 * ```
 */
export type CaseEvent = z.output<typeof caseEventSchema>;

/**
 * An event as given (dates as ISO strings).
 *
 * @example
 * ```ts
 * const event: CaseEventInput = { type: 'placed', date: '2025-01-11' };
 * ```
 */
export type CaseEventInput = z.input<typeof caseEventSchema>;
