import { describedJsonSchema } from '@stadig/core';
import { mappingProfileSchema } from './mappingProfileSchema';

/**
 * The JSON Schema of a mapping profile, generated from {@link mappingProfileSchema}, for
 * editors and integrators in other languages. Shipped as
 * `@stadig/adapter-csv/schema/mapping-profile.schema.json`.
 *
 * @returns the JSON Schema (draft 2020-12)
 *
 * @example
 * ```ts
 * mappingProfileJsonSchema().required;
 * //=> ['name', 'kind', 'columns']
 * ```
 */
export function mappingProfileJsonSchema(): Record<string, unknown> {
  return describedJsonSchema(mappingProfileSchema, {
    title: 'Mapping profile (Stadig CSV import)',
    unrepresentable: 'any',
  });
}
