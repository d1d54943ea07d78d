import {
  dateOnlySchema,
  isDateOnly,
  moneySchema,
  municipalityCodeSchema,
  type Protected,
} from '@stadig/core';
import * as z from 'zod/mini';
import {
  accessibilityFeatures,
  heldTenureKinds,
  landlordTypes,
  renewalTerms,
  takeoverConditions,
  tenureKinds,
} from './vocabulary';

const keys = <T extends object>(table: T) =>
  Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];

type Issue = { code: 'custom'; path: string[]; params: { code: string } };
const issue = (path: string, code: string): Issue => ({
  code: 'custom',
  path: [path],
  params: { code },
});
const isObject = (p: { value: unknown }) => typeof p.value === 'object' && p.value !== null;

/**
 * The zod schema (zod/mini) of a housing solution, the source of truth for the
 * {@link HousingSolution} type and the shipped JSON Schema. Prefer
 * {@link parseHousingSolution}, which also protects the address.
 *
 * A contract without `end` is open-ended (tills vidare); `end` is the last day the
 * tenant has the home, inclusive.
 *
 * @example
 * ```ts
 * housingSolutionSchema.safeParse({ tenure: 'owned', municipality: '2080' }).success;
 * //=> true
 * ```
 */
export const housingSolutionSchema = /* @__PURE__ */ (() => {
  const text = z.string().check(z.minLength(1), z.maxLength(200));
  const upTo = (max: number) => z.int().check(z.minimum(0), z.maximum(max));
  const contract = z.strictObject({
    start: dateOnlySchema,
    end: z.optional(dateOnlySchema),
    noticePeriodMonths: z.optional(upTo(36)),
    renewal: z.optional(z.enum(keys(renewalTerms))),
    takeover: z.optional(
      z.strictObject({
        afterMonths: upTo(120),
        conditions: z.optional(z.array(z.enum(keys(takeoverConditions)))),
      }),
    ),
  });
  return z
    .strictObject({
      tenure: z.enum(keys(tenureKinds)),
      heldTenure: z.optional(z.enum(heldTenureKinds)),
      contract: z.optional(
        contract.check(
          z.superRefine((c, ctx) => {
            if (isDateOnly(c.start) && isDateOnly(c.end) && c.end < c.start) {
              ctx.addIssue(issue('end', 'housing.contract-ends-before-start'));
            }
          }),
        ),
      ),
      municipality: municipalityCodeSchema,
      rooms: z.optional(z.int().check(z.minimum(1), z.maximum(50))),
      floorArea: z.optional(z.number().check(z.positive(), z.maximum(2000))),
      rentPerMonth: z.optional(moneySchema.check(z.minimum(0))),
      landlord: z.optional(z.enum(keys(landlordTypes))),
      accessibility: z.optional(z.array(z.enum(keys(accessibilityFeatures)))),
      petsAllowed: z.optional(z.boolean()),
      address: z.optional(
        z.union([
          z.string().check(z.minLength(1), z.maxLength(500)),
          z.strictObject({ street: text, postalCode: z.optional(text), city: z.optional(text) }),
        ]),
      ),
    })
    .check(
      z.superRefine(
        (s, ctx) => {
          const staying = s.tenure === 'staying-in-home';
          if (staying && s.heldTenure === undefined) {
            ctx.addIssue(issue('heldTenure', 'housing.held-tenure-missing'));
          } else if (
            !staying &&
            s.heldTenure !== undefined &&
            Object.hasOwn(tenureKinds, s.tenure)
          ) {
            ctx.addIssue(issue('heldTenure', 'housing.held-tenure-unexpected'));
          }
        },
        { when: isObject },
      ),
    );
})();

/**
 * What {@link parseHousingSolution} accepts: the JSON shape of a housing solution (the
 * address as text or as `{ street, postalCode?, city? }`).
 *
 * @example
 * ```ts
 * const input: HousingSolutionInput = {
 *   tenure: 'sublease',
 *   municipality: '2062',
 *   contract: { start: '2024-03-01', end: '2025-02-28' },
 *   address: 'Exempelgatan 1',
 * };
 * ```
 */
export type HousingSolutionInput = z.input<typeof housingSolutionSchema>;

/**
 * An address as given: text, or street, postal code and city.
 *
 * @example
 * ```ts
 * const address: AddressInput = { street: 'Exempelgatan 1', city: 'Mora' };
 * ```
 */
export type AddressInput = NonNullable<z.output<typeof housingSolutionSchema>['address']>;

/**
 * A validated housing solution: the tenure (and, when staying in the home, the tenure
 * held there), the contract, the municipality (SCB code), rooms, floor area (m²), rent
 * per month (öre), landlord, accessibility, pets, and the address as a `Protected`
 * value that never reaches verdicts, errors or JSON.
 *
 * @example
 * ```ts
 * const solution: HousingSolution = parseHousingSolution({ tenure: 'owned', municipality: '2062' })._unsafeUnwrap();
 * solution.tenure;
 * //=> 'owned'
 * ```
 */
export type HousingSolution = Readonly<
  Omit<z.output<typeof housingSolutionSchema>, 'address'> & {
    readonly address?: Protected<AddressInput>;
  }
>;
