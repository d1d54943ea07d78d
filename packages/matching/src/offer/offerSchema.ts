import { dateOnlySchema, municipalityCodeSchema, type Protected } from '@stadig/core';
import { type HousingSolution, housingSolutionSchema, landlordTypes } from '@stadig/housing';
import * as z from 'zod/mini';
import { offerProviders } from './offerVocabulary';

const keys = <T extends object>(table: T) =>
  Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];

/**
 * The zod schema (zod/mini) of an offer: an `id`, the `dwelling` (a housing solution
 * as in `@stadig/housing`, its address Protected after parsing), who offers it
 * (`offeredBy`), the day it is available from, the landlord's `requirements`, an
 * optional `location` (kept Protected; used only to keep distance from listed places)
 * and optional distances in km to the nearest school and support services. Prefer
 * {@link parseOffer}, which also protects the address and the location.
 *
 * @example
 * ```ts
 * offerSchema.safeParse({
 *   id: 'o1',
 *   dwelling: { tenure: 'first-hand-lease', municipality: '2080', rooms: 3 },
 *   offeredBy: { kind: 'landlord', landlordType: 'municipal-housing-company' },
 *   availableFrom: '2026-02-01',
 *   requirements: {},
 * }).success;
 * //=> true
 * ```
 */
export const offerSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
    dwelling: housingSolutionSchema,
    offeredBy: z.strictObject({
      kind: z.enum(keys(offerProviders)),
      municipality: z.optional(municipalityCodeSchema),
      landlordType: z.optional(z.enum(keys(landlordTypes))),
    }),
    availableFrom: dateOnlySchema,
    requirements: z.strictObject({
      incomeMultiple: z.optional(z.number().check(z.minimum(0), z.maximum(10))),
      noPaymentRemarks: z.optional(z.boolean()),
      acceptsSocialContractRoute: z.optional(z.boolean()),
      acceptsProtectedIdentity: z.optional(z.boolean()),
    }),
    location: z.optional(
      z.strictObject({
        lat: z.number().check(z.minimum(-90), z.maximum(90)),
        lon: z.number().check(z.minimum(-180), z.maximum(180)),
      }),
    ),
    nearby: z.optional(
      z.strictObject({
        schoolKm: z.optional(z.number().check(z.minimum(0), z.maximum(1000))),
        supportKm: z.optional(z.number().check(z.minimum(0), z.maximum(1000))),
      }),
    ),
  }))();

/**
 * What {@link parseOffer} accepts: the JSON shape of an offer.
 *
 * @example
 * ```ts
 * const input: OfferInput = {
 *   id: 'o1',
 *   dwelling: { tenure: 'first-hand-lease', municipality: '2080', rooms: 3 },
 *   offeredBy: { kind: 'municipality', municipality: '2080' },
 *   availableFrom: '2026-02-01',
 *   requirements: { incomeMultiple: 3 },
 * };
 * ```
 */
export type OfferInput = z.input<typeof offerSchema>;

/**
 * A validated offer: the dwelling's address and the location are `Protected` and
 * never reach scores, plans, explanations or errors.
 *
 * @example
 * ```ts
 * const offer: Offer = parseOffer(input)._unsafeUnwrap();
 * offer.dwelling.municipality;
 * //=> '2080'
 * ```
 */
export type Offer = Readonly<
  Omit<z.output<typeof offerSchema>, 'dwelling' | 'location'> & {
    readonly dwelling: HousingSolution;
    readonly location?: Protected<{ readonly lat: number; readonly lon: number }>;
  }
>;
