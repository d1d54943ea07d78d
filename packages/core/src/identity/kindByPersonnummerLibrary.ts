import Personnummer from 'personnummer';
import type { IdentityNumberKind } from './IdentityNumber';

/**
 * @internal Asks the `personnummer` library, the reference validator, about a
 * normalised twelve-digit number (`YYYYMMDDNNNN`, no separator). Given twelve
 * digits the library's answer does not depend on its clock (it reads one only to
 * choose a separator for ten-digit output). It throws on invalid numbers, so it
 * is called inside `try`: it can never make Stadig throw.
 *
 * @param twelveDigits - the normalised number, twelve digits
 * @returns the kind the library sees, or `undefined` when it rejects the number
 *
 * @example
 * ```ts
 * kindByPersonnummerLibrary('190001010000');
 * //=> undefined
 * ```
 */
export function kindByPersonnummerLibrary(twelveDigits: string): IdentityNumberKind | undefined {
  try {
    const pin = Personnummer.parse(twelveDigits, {
      allowCoordinationNumber: true,
      allowInterimNumber: false,
    });
    if (pin.isInterimNumber()) return undefined;
    return pin.isCoordinationNumber() ? 'samordningsnummer' : 'personnummer';
  } catch {
    return undefined;
  }
}
