import { assert, assertMessages } from '../errors/assert';
import type { CountyCode } from './CountyCode';
import { counties } from './counties';
import type { County } from './Municipality';

/**
 * The county with a code. The code is branded, so the county exists; to check text
 * first, use `parseCountyCode` (or `resolveCounty` for names).
 *
 * @param code - an SCB county code
 * @returns the county (the same object as in `counties`)
 *
 * @example
 * ```ts
 * getCounty(parseCountyCode('20')._unsafeUnwrap()).name;
 * //=> 'Dalarnas län'
 * ```
 */
export function getCounty(code: CountyCode): County {
  const county = counties.find((c) => c.code === code);
  assert(county !== undefined, assertMessages.unreachable);
  return county;
}
