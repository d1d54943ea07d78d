import { municipalityCodeList } from './data.generated';

/**
 * @internal Whether text is the four-digit SCB code of a municipality. Reads only the
 * list of codes, so validating a code does not pull the names into a bundle.
 *
 * @param text - any text
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
export function isKnownMunicipalityCode(text: string): boolean {
  // Four digits can only match an entry of the space-separated list, never a span across two.
  return /^\d{4}$/.test(text) && municipalityCodeList.includes(text);
}
