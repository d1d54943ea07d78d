import type { CountyCode } from './CountyCode';
import { counties } from './counties';
import { countyForms } from './countyForms';
import { createNameIndex, type NameIndex } from './createNameIndex';

let index: NameIndex<CountyCode> | undefined;

/**
 * The lookup index of county names, built on the first call and kept.
 *
 * @returns the index of every county's accepted forms
 *
 * @example
 * ```ts
 * countyIndex().exact.get('dalarna');
 * //=> '20'
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function countyIndex(): NameIndex<CountyCode> {
  index ??= createNameIndex(counties.map((c) => [c.code, countyForms(c)] as const));
  return index;
}
