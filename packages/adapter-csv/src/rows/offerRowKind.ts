import { type Offer, parseOffer } from '@stadig/matching';
import type { FieldTable } from './FieldType';
import type { RowKind } from './RowKind';
import { solutionFields } from './solutionFields';
import { unflatten } from './unflatten';

/**
 * The flat columns of an offer of housing (`@stadig/matching`), one row per offer: the
 * dwelling as a housing solution under `dwelling.`, who offers it, when it is
 * available, the landlord's requirements, and optionally its location and distances.
 *
 * @example
 * ```ts
 * offerFields['requirements.incomeMultiple'];
 * //=> 'decimal'
 * ```
 */
export const offerFields: FieldTable = /* @__PURE__ */ (() => ({
  id: 'text',
  ...solutionFields('dwelling'),
  'offeredBy.kind': 'text',
  'offeredBy.municipality': 'text',
  'offeredBy.landlordType': 'text',
  availableFrom: 'date',
  'requirements.incomeMultiple': 'decimal',
  'requirements.noPaymentRemarks': 'boolean',
  'requirements.acceptsSocialContractRoute': 'boolean',
  'requirements.acceptsProtectedIdentity': 'boolean',
  'location.lat': 'decimal',
  'location.lon': 'decimal',
  'nearby.schoolKm': 'decimal',
  'nearby.supportKm': 'decimal',
}))();

/**
 * Offers, one row per offer in {@link offerFields}; validated with `parseOffer` of
 * `@stadig/matching` (the address and location protected). The external id is the
 * offer id.
 *
 * @example
 * ```ts
 * offerRowKind.locate(['dwelling', 'rooms']);
 * //=> { row: 0, field: 'dwelling.rooms' }
 * ```
 */
export const offerRowKind: RowKind<Offer> = {
  kind: 'offers',
  fields: offerFields,
  aliases: {},
  groupBy: [],
  listSeparator: '|',
  build: (rows) => withRequirements(unflatten(rows[0] ?? new Map())),
  complete: (input) => withRequirements(input),
  validate: (input) => parseOffer(input),
  locate: (path) => ({
    row: 0,
    field: path.map((p) => (typeof p === 'number' ? String(p + 1) : p)).join('.'),
  }),
  externalId: (o) => o.id,
  idFields: ['id'],
};

function withRequirements(input: Record<string, unknown>): Record<string, unknown> {
  if (input.requirements === undefined) input.requirements = {};
  return input;
}
