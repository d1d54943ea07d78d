import {
  createErrorFactory,
  err,
  type NonEmptyReadonlyArray,
  ok,
  type Result,
  type StadigError,
  validationMessages,
} from '@stadig/core';
import type { GrantApplication } from './GrantApplication';
import { parseGrantApplication } from './parseGrantApplication';

const validationError = createErrorFactory(validationMessages);

/**
 * Validates a list of applications, as a JSON array or an object
 * `{ "applications": [...] }`, listing every problem of every application with its
 * path (`['applications', i, …]`). Never throws.
 *
 * @param input - anything
 * @returns the applications, or every problem
 *
 * @example
 * ```ts
 * parseGrantApplications({ applications: 'none' })._unsafeUnwrapErr()[0].code;
 * //=> 'validation.invalid-type'
 * ```
 */
export function parseGrantApplications(
  input: unknown,
): Result<GrantApplication[], NonEmptyReadonlyArray<StadigError>> {
  const list =
    typeof input === 'object' && input !== null && !Array.isArray(input) && 'applications' in input
      ? (input as { applications: unknown }).applications
      : input;
  if (!Array.isArray(list)) {
    return err([
      validationError('validation.invalid-type', { expected: 'array' }, ['applications']),
    ]);
  }
  const applications: GrantApplication[] = [];
  const problems: StadigError[] = [];
  list.forEach((item, i) => {
    const parsed = parseGrantApplication(item, ['applications', i]);
    if (parsed.isOk()) applications.push(parsed.value);
    else problems.push(...parsed.error);
  });
  const [first, ...rest] = problems;
  return first === undefined ? ok(applications) : err([first, ...rest]);
}
