import {
  type ErrorPath,
  type NonEmptyReadonlyArray,
  parseWithSchema,
  type Result,
  type StadigError,
} from '@stadig/core';
import { type CasePreferences, casePreferencesSchema } from './MatchOptions';

/**
 * Validates a household's own wishes from any input (a form, a JSON file), for the
 * `preferences` of {@link MatchOptions}: municipality and county codes are checked
 * against the published lists and come back typed as codes, so no cast is needed.
 * Lists every problem with its path; no error repeats a value from the input. Never
 * throws.
 *
 * @param input - anything; see {@link casePreferencesSchema} for the shape
 * @param path - where the wishes sit in a larger input, prefixed to error paths
 * @returns the wishes, or every problem found
 *
 * @example
 * ```ts
 * parseCasePreferences({ municipalities: ['1480'], near: ['school'] })
 *   .map((p) => p.municipalities);
 * //=> ok(['1480'])
 * parseCasePreferences({ counties: ['99'] })._unsafeUnwrapErr()[0].path;
 * //=> ['counties', 0]
 * ```
 */
export function parseCasePreferences(
  input: unknown,
  path: ErrorPath = [],
): Result<CasePreferences, NonEmptyReadonlyArray<StadigError>> {
  return parseWithSchema(casePreferencesSchema, input, { path });
}
