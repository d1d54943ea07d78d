import type { CountyCode } from './CountyCode';
import type { Municipality } from './Municipality';
import { municipalities } from './municipalities';

let byCounty: ReadonlyMap<string, readonly Municipality[]> | undefined;

/**
 * The municipalities of a county, sorted by code.
 *
 * @param countyCode - an SCB county code
 * @returns its municipalities (at least one: Gotlands län has only Gotland)
 *
 * @example
 * ```ts
 * municipalitiesInCounty(parseCountyCode('09')._unsafeUnwrap()).map((m) => m.name);
 * //=> ['Gotland']
 * ```
 */
export function municipalitiesInCounty(countyCode: CountyCode): readonly Municipality[] {
  if (byCounty === undefined) {
    const groups = new Map<string, Municipality[]>();
    for (const m of municipalities)
      groups.set(m.countyCode, [...(groups.get(m.countyCode) ?? []), m]);
    byCounty = new Map([...groups].map(([code, list]) => [code, Object.freeze(list)]));
  }
  return byCounty.get(countyCode) ?? [];
}
