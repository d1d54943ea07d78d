import { getCounty } from './getCounty';
import { getMunicipality } from './getMunicipality';
import type { County } from './Municipality';
import type { MunicipalityCode } from './MunicipalityCode';

/**
 * The county a municipality lies in.
 *
 * @param code - an SCB municipality code
 * @returns its county
 *
 * @example
 * ```ts
 * countyOf(parseMunicipalityCode('2080')._unsafeUnwrap());
 * //=> { code: '20', name: 'Dalarnas län' }
 * ```
 */
export function countyOf(code: MunicipalityCode): County {
  return getCounty(getMunicipality(code).countyCode);
}
