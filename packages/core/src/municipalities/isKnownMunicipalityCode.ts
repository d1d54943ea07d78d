import { municipalityCodeList } from './data.generated';

let codes: ReadonlySet<string> | undefined;

/**
 * Whether a value is the four-digit SCB code of one of the 290 municipalities. Reads
 * only the list of codes, so validating a code does not pull the names into a bundle.
 * Never throws.
 *
 * @param text - anything
 * @returns `true` for one of the 290 codes
 *
 * @example
 * ```ts
 * isKnownMunicipalityCode('2080');
 * //=> true
 * isKnownMunicipalityCode('2099');
 * //=> false
 * ```
 */
export function isKnownMunicipalityCode(text: unknown): boolean {
  codes ??= new Set(municipalityCodeList.split(' '));
  return typeof text === 'string' && codes.has(text);
}
