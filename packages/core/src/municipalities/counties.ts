import type { CountyCode } from './CountyCode';
import { countyTable } from './data.generated';
import type { County } from './Municipality';

/*@__NO_SIDE_EFFECTS__*/
function listCounties(): readonly County[] {
  const list = Object.entries(countyTable).map(([code, row]) =>
    Object.freeze({ code: code as CountyCode, name: row.name }),
  );
  // Keys such as '12' are integer-like, so object order is not code order: sort.
  return Object.freeze(list.sort((a, b) => (a.code < b.code ? -1 : 1)));
}

/**
 * All 21 counties, sorted by SCB code (Stockholms län, 01, first).
 *
 * @example
 * ```ts
 * counties.length;
 * //=> 21
 * counties[0];
 * //=> { code: '01', name: 'Stockholms län' }
 * ```
 */
export const counties: readonly County[] = /*#__PURE__*/ listCounties();
