import {
  createErrorFactory,
  type ErrorPath,
  err,
  type MunicipalityCode,
  ok,
  type Result,
  resolveMunicipality,
  type StadigError,
} from '@stadig/core';
import { applicationMessages } from './messages';

const applicationError = createErrorFactory(applicationMessages);

/**
 * Resolves a municipality as people write it to its SCB code, exactly: a probable
 * match is a problem that names the candidate (`grants.municipality-probable`), no
 * match is `grants.municipality-unknown`. Never throws.
 *
 * @internal
 * @param text - the name or code as written
 * @param path - where it sits, for the error
 * @returns the code, or the problem
 *
 * @example
 * ```ts
 * resolveApplicant('Norrälje kommun', ['municipality'])._unsafeUnwrapErr().params;
 * //=> { candidate: 'Norrtälje', code: '0188' }
 * ```
 */
export function resolveApplicant(
  text: string,
  path: ErrorPath,
): Result<MunicipalityCode, StadigError> {
  const resolution = resolveMunicipality(text);
  if (resolution.status === 'exact') return ok(resolution.municipality.code);
  if (resolution.status === 'probable') {
    const { name, code } = resolution.municipality;
    return err(applicationError('grants.municipality-probable', { candidate: name, code }, path));
  }
  return err(applicationError('grants.municipality-unknown', {}, path));
}
