import {
  type ErrorPath,
  type NonEmptyReadonlyArray,
  parseWithSchema,
  type Result,
  type StadigError,
} from '@stadig/core';
import { ok } from 'neverthrow';
import { housingSolutionMessages as catalogue } from './housingSolutionMessages';
import { type HousingSolution, housingSolutionSchema } from './housingSolutionSchema';
import { protectSolutionAddress } from './protectSolutionAddress';
import { readHousingSolutionFast } from './readHousingSolutionFast';

/**
 * Validates a housing solution from any input (parsed JSON, a form) and wraps its
 * address with `protect(…, 'address')`. Lists every problem with its path; no error
 * repeats a value from the input. Never throws.
 *
 * @param input - anything; see {@link HousingSolutionInput} for the shape
 * @param path - where the solution sits in a larger input, prefixed to error paths
 * @returns the solution, or every problem found
 *
 * @example
 * ```ts
 * parseHousingSolution({ tenure: 'sublease', municipality: '2062', contract: { start: '2024-03-01' } }).isOk();
 * //=> true
 * parseHousingSolution({ tenure: 'castle', municipality: '0100' })._unsafeUnwrapErr().map((e) => e.path.join('.'));
 * //=> ['tenure', 'municipality']
 * ```
 */
export function parseHousingSolution(
  input: unknown,
  path: ErrorPath = [],
): Result<HousingSolution, NonEmptyReadonlyArray<StadigError>> {
  const fast = readHousingSolutionFast(input);
  if (fast !== undefined) return ok(protectSolutionAddress(fast));
  return parseWithSchema(housingSolutionSchema, input, { path, catalogue }).map(
    protectSolutionAddress,
  );
}
