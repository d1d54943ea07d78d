import { createNameIndex, type NameIndex } from './createNameIndex';
import type { MunicipalityCode } from './MunicipalityCode';
import { municipalities } from './municipalities';
import { municipalityForms } from './municipalityForms';

let index: NameIndex<MunicipalityCode> | undefined;

/**
 * The lookup index of municipality names, built on the first call and kept.
 *
 * @returns the index of every municipality's accepted forms
 *
 * @example
 * ```ts
 * municipalityIndex().exact.get('falu');
 * //=> '2080'
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function municipalityIndex(): NameIndex<MunicipalityCode> {
  index ??= createNameIndex(municipalities.map((m) => [m.code, municipalityForms(m)] as const));
  return index;
}
