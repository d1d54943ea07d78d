import { describedJsonSchema } from '@stadig/core';
import { caseSchema } from './caseSchema';

/**
 * The JSON Schema of a case as given (the input shape), for vendors in other languages.
 *
 * @returns a JSON Schema document
 *
 * @example
 * ```ts
 * caseJsonSchema().required;
 * //=> ['id', 'municipality', 'household', 'violence', 'protection', 'consents', 'stays', 'applications', 'events']
 * ```
 */
export function caseJsonSchema(): Record<string, unknown> {
  return describedJsonSchema(caseSchema, {
    title: 'Case (Stadig)',
    unrepresentable: 'any',
  });
}
