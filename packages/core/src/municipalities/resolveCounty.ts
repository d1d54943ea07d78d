import { counties } from './counties';
import { countyAffixes } from './countyForms';
import { countyIndex } from './countyIndex';
import { getCounty } from './getCounty';
import type { County } from './Municipality';
import type { CountyResolution } from './MunicipalityResolution';
import { nearCandidates } from './nearCandidates';
import { MAX_NAME_LENGTH, normalizeName } from './normalizeName';
import { type ResolutionReason, resolutionReason } from './resolutionReasons';
import { searchNameIndex } from './searchNameIndex';
import { stripAffixes } from './stripAffixes';

const unknown = (input: string, reason: ResolutionReason): CountyResolution =>
  Object.freeze({ status: 'unknown', input, county: null, reason, candidates: [] as const });
const exact = (input: string, county: County, reason: ResolutionReason): CountyResolution =>
  Object.freeze({ status: 'exact', input, county, reason, candidates: [] as const });

/**
 * Resolves a county's name as people write it to a county: "Stockholms län",
 * "Stockholm", "Region Skåne", "Västra Götalandsregionen", "Dalarna", or a two-digit
 * SCB code. A region's name resolves to its county here. Spelling mistakes give
 * `probable` with candidates, nearest first. Never throws, whatever the input.
 *
 * @param text - a county or region name, or a county code
 * @returns `exact`, `probable` or `unknown`, with a reason in sv and en
 *
 * @example
 * ```ts
 * resolveCounty('Region Skåne').county?.code;
 * //=> '12'
 * resolveCounty('Dalarna').status;
 * //=> 'exact'
 * ```
 */
export function resolveCounty(text: string): CountyResolution {
  if (typeof text !== 'string') return unknown('', resolutionReason('county.empty', {}));
  const normalised = normalizeName(text);
  if (normalised === '') return unknown(text, resolutionReason('county.empty', {}));
  if (/^\d{2}$/.test(normalised)) {
    const county = counties.find((c) => c.code === normalised);
    return county === undefined
      ? unknown(text, resolutionReason('county.unknown-code', {}))
      : exact(text, county, resolutionReason('county.code', { name: county.name }));
  }
  if (normalised.length > MAX_NAME_LENGTH) {
    return unknown(text, resolutionReason('county.no-match', {}));
  }
  const key = stripAffixes(normalised, countyAffixes);
  const code = countyIndex().exact.get(key);
  if (code !== undefined) {
    const county = getCounty(code);
    const isName = normalised === normalizeName(county.name);
    return exact(text, county, resolutionReason(isName ? 'county.name' : 'county.form', county));
  }
  const candidates = nearCandidates(searchNameIndex(countyIndex(), key), getCounty, 'county').map(
    ({ item, reason, distance }) => Object.freeze({ county: item, reason, distance }),
  );
  const [best, ...rest] = candidates;
  if (best === undefined) return unknown(text, resolutionReason('county.no-match', {}));
  return Object.freeze({
    status: 'probable',
    input: text,
    county: best.county,
    reason: best.reason,
    candidates: Object.freeze([best, ...rest]) as readonly [typeof best, ...(typeof best)[]],
  });
}
