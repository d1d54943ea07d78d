import type { CountyCode } from './CountyCode';
import { municipalityTable } from './data.generated';
import type { Municipality } from './Municipality';
import type { MunicipalityCode } from './MunicipalityCode';

/*@__NO_SIDE_EFFECTS__*/
function listMunicipalities(): readonly Municipality[] {
  const list = Object.entries(municipalityTable).map(([code, row]) =>
    Object.freeze({
      code: code as MunicipalityCode,
      name: row.name,
      countyCode: row.countyCode as CountyCode,
    }),
  );
  // Keys such as '1280' are integer-like, so object order is not code order: sort.
  return Object.freeze(list.sort((a, b) => (a.code < b.code ? -1 : 1)));
}

/**
 * All 290 municipalities, sorted by SCB code (Upplands Väsby, 0114, first).
 *
 * @example
 * ```ts
 * municipalities.length;
 * //=> 290
 * municipalities[0];
 * //=> { code: '0114', name: 'Upplands Väsby', countyCode: '01' }
 * ```
 */
export const municipalities: readonly Municipality[] = /*#__PURE__*/ listMunicipalities();
