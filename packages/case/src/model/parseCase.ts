import type { DateOnly, NonEmptyReadonlyArray, Result, StadigError } from '@stadig/core';
import type { Case } from './Case';
import { parseCaseWithSchema } from './parseCaseWithSchema';
import { readCaseFast } from './readCaseFast';

/**
 * Options for {@link parseCase}.
 *
 * @example
 * ```ts
 * const options: ParseCaseOptions = { asOf: parseDateOnly('2025-06-01')._unsafeUnwrap() };
 * ```
 */
export interface ParseCaseOptions {
  /** The day identity numbers are checked on (century of ten-digit numbers, age). */
  readonly asOf: DateOnly;
}

/**
 * Validates a case from any input and wraps every personal field with `protect()`:
 * names (`name`), identity numbers (`identity-number`), notes and place labels
 * (`free-text`), coordinates (`location`) and the outcome's address (`address`).
 * Identity numbers are checked with core's `parseIdentityNumber` on `asOf`, and the
 * event log is replayed through the lifecycle. Lists every problem by path; no error
 * repeats a value from the input. Never throws. The case is a copy: changing the input
 * afterwards does not change it.
 *
 * A typical, valid case is read by a hand-written fast path (`readCaseFast`); anything
 * else goes through the zod schema (`parseCaseWithSchema`), which finds every problem.
 * Both give the same result (a property test compares them).
 *
 * @param input - anything; see {@link CaseInput} for the shape
 * @param options - `asOf`, the day of the check
 * @returns the case, or every problem found
 *
 * @example
 * ```ts
 * parseCase({ id: 'c-1' }, { asOf })._unsafeUnwrapErr().map((e) => e.path.join('.'));
 * //=> ['municipality', 'household', 'violence', 'protection', 'consents', 'stays', 'applications', 'events']
 * ```
 */
export function parseCase(
  input: unknown,
  { asOf }: ParseCaseOptions,
): Result<Case, NonEmptyReadonlyArray<StadigError>> {
  return readCaseFast(input, asOf) ?? parseCaseWithSchema(input, asOf);
}
