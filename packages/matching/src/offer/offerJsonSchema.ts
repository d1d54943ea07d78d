import { describedJsonSchema } from '@stadig/core';
import { offerSchema } from './offerSchema';

const descriptions: Record<string, string> = {
  id: 'The offer id: letters, digits, - and _, at most 64.',
  dwelling:
    'The home, as a housing solution of @stadig/housing (see housing-solution.schema.json). Its address is personal data: Stadig protects it on parsing and never repeats it in output.',
  offeredBy: 'Who offers the home: a landlord or a municipality.',
  availableFrom: 'The first day the home is available.',
  requirements: "The landlord's requirements.",
  'requirements.incomeMultiple': 'The monthly income must be at least this many times the rent.',
  'requirements.noPaymentRemarks': 'No payment remarks accepted.',
  'requirements.acceptsSocialContractRoute':
    'The landlord lets through a social contract (the municipality stands as tenant) when the requirements are not met.',
  'requirements.acceptsProtectedIdentity':
    'Whether tenants with protected personal details are accepted (default: accepted).',
  location:
    'Where the home is, in decimal degrees. Protected on parsing; used only to keep distance from places a household must avoid, never output.',
  nearby: 'Distances in km from the home to the nearest school and support services.',
};

/**
 * The JSON Schema (draft 2020-12) of an offer as `parseOffer` accepts it, generated from
 * {@link offerSchema} with descriptions, for vendors in other languages. The package
 * ships it as `schema/offer.schema.json`.
 *
 * @returns the JSON Schema
 *
 * @example
 * ```ts
 * offerJsonSchema().required;
 * //=> ['id', 'dwelling', 'offeredBy', 'availableFrom', 'requirements']
 * ```
 */
export function offerJsonSchema(): Record<string, unknown> {
  return describedJsonSchema(offerSchema, {
    title: 'Housing offer (Stadig)',
    description:
      'A home offered to a household leaving violence, as @stadig/matching parses it: the dwelling, who offers it, when, and the landlord’s requirements.',
    fields: descriptions,
  });
}
