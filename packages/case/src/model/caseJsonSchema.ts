import * as z from 'zod';
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
  return {
    title: 'Case (Stadig)',
    ...z.toJSONSchema(caseSchema, { io: 'input', unrepresentable: 'any' }),
  };
}
