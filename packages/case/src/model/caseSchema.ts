import { dateOnlySchema, isDateOnly, municipalityCodeSchema } from '@stadig/core';
import { housingSolutionSchema } from '@stadig/housing';
import * as z from 'zod/mini';
import { caseEventSchema } from '../lifecycle/caseEventSchema';
import {
  economySchema,
  householdSchema,
  isObject,
  issue,
  keys,
  needsSchema,
  protectionSchema,
  riskAssessmentSchema,
  text,
  violenceSchema,
} from './caseParts';
import { consentPurposes, recipientCategories } from './consentVocabulary';
import { lawReferences } from './lawReferences';
import { providerKinds, stayKinds } from './vocabulary';

const span = <T extends z.ZodMiniObject>(shape: T, from: string, to: string) =>
  shape.check(
    z.superRefine((v: Record<string, unknown>, ctx) => {
      const [a, b] = [v[from], v[to]];
      if (
        typeof a === 'string' &&
        typeof b === 'string' &&
        isDateOnly(a) &&
        isDateOnly(b) &&
        b < a
      ) {
        ctx.addIssue(issue(to, 'case.ends-before-start'));
      }
    }),
  );

/**
 * The zod schema (zod/mini) of a case as given, the source of truth for
 * {@link CaseInput} and the shipped JSON Schema. Prefer {@link parseCase}, which also
 * checks identity numbers and wraps every personal field with `protect()`.
 *
 * @example
 * ```ts
 * caseSchema.safeParse({ id: 'c1' }).success;
 * //=> false
 * ```
 */
export const caseSchema = /* @__PURE__ */ (() => {
  const id = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
  const recipient = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('organisation'), name: text }),
    z.strictObject({ kind: z.literal('category'), category: z.enum(keys(recipientCategories)) }),
  ]);
  const consent = z.strictObject({
    id,
    recipient,
    purpose: z.enum(keys(consentPurposes)),
    given: dateOnlySchema,
    expires: z.optional(dateOnlySchema),
    withdrawn: z.optional(dateOnlySchema),
  });
  const stay = z.strictObject({
    kind: z.enum(keys(stayKinds)),
    provider: z.enum(keys(providerKinds)),
    municipality: municipalityCodeSchema,
    from: dateOnlySchema,
    to: z.optional(dateOnlySchema),
  });
  const application = z.strictObject({
    municipality: municipalityCodeSchema,
    law: z.enum(keys(lawReferences)),
    submitted: dateOnlySchema,
    decision: z.optional(z.enum(['pending', 'granted', 'rejected'])),
  });
  return z
    .strictObject({
      id,
      municipality: municipalityCodeSchema,
      household: householdSchema,
      violence: violenceSchema,
      riskAssessment: z.optional(riskAssessmentSchema),
      protection: protectionSchema,
      needs: z.optional(needsSchema),
      economy: z.optional(economySchema),
      consents: z.array(
        span(consent, 'given', 'expires').check(
          z.superRefine((c, ctx) => {
            if (isDateOnly(c.withdrawn) && isDateOnly(c.given) && c.withdrawn < c.given) {
              ctx.addIssue(issue('withdrawn', 'case.ends-before-start'));
            }
          }),
        ),
      ),
      stays: z.array(span(stay, 'from', 'to')),
      applications: z.array(application),
      moveInWindow: z.optional(
        span(
          z.strictObject({ earliest: dateOnlySchema, latest: z.optional(dateOnlySchema) }),
          'earliest',
          'latest',
        ),
      ),
      outcome: z.optional(
        z.strictObject({ date: dateOnlySchema, solution: housingSolutionSchema }),
      ),
      notes: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(5000)))),
      events: z.array(caseEventSchema).check(z.minLength(1)),
    })
    .check(
      z.superRefine(
        (c, ctx) => {
          if (Array.isArray(c.events) && c.events[0]?.type !== 'opened') {
            ctx.addIssue(issue('events', 'case.first-event-not-opened'));
          }
          const consentIds = Array.isArray(c.consents)
            ? c.consents.map((x: { id?: unknown } | null) => x?.id)
            : [];
          if (new Set(consentIds).size !== consentIds.length) {
            ctx.addIssue(issue('consents', 'case.duplicate-id'));
          }
        },
        { when: isObject },
      ),
    );
})();

/**
 * What {@link parseCase} accepts: the JSON shape of a case.
 *
 * @example
 * ```ts
 * const input: Pick<CaseInput, 'id' | 'municipality'> = { id: 'case-1', municipality: '2080' };
 * ```
 */
export type CaseInput = z.input<typeof caseSchema>;
