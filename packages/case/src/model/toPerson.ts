import { type IdentityNumber, protect, reveal } from '@stadig/core';
import type * as z from 'zod/mini';
import type { Person } from './Case';
import type { caseSchema } from './caseSchema';

type RawPerson = z.output<typeof caseSchema>['household']['survivor'];
// Read once: where the packages run as CommonJS (the CommonJS build, or the sources under
// tsx from a CommonJS script), every read of an imported binding is a getter call, and
// this runs for every person of every case parsed.
const wrap = protect;

/**
 * A person of a validated case as {@link parseCase} gives it: the name `Protected`,
 * `protectedIdentity` defaulting to `'none'`, the identity number (already parsed) and
 * the birth date (the one given, else the one the identity number encodes).
 *
 * One object literal per set of properties, never an object that grows: this runs for
 * every person of every case parsed, and a literal allocates its final shape at once.
 *
 * @internal
 * @param p - the person as the schema (or the fast path) read it
 * @param identityNumber - the person's parsed identity number, if one was given
 * @returns the person
 *
 * @example
 * ```ts
 * toPerson({ name: 'Alva', birthDate }, undefined).protectedIdentity;
 * //=> 'none'
 * ```
 */
export function toPerson(p: RawPerson, identityNumber: IdentityNumber | undefined): Person {
  const name = wrap(p.name, 'name');
  const protectedIdentity = p.protectedIdentity ?? 'none';
  if (identityNumber === undefined) {
    const { birthDate } = p;
    return birthDate === undefined
      ? { name, protectedIdentity }
      : { name, protectedIdentity, birthDate };
  }
  const birthDate = p.birthDate ?? reveal(identityNumber.birthDate);
  return { name, protectedIdentity, identityNumber, birthDate };
}
