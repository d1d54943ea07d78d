import { countyAffixes } from './countyForms';
import { countyIndex } from './countyIndex';
import { getCounty } from './getCounty';
import { getMunicipality } from './getMunicipality';
import { isKnownMunicipalityCode } from './isKnownMunicipalityCode';
import type { Municipality } from './Municipality';
import type { MunicipalityCode } from './MunicipalityCode';
import type { MunicipalityCandidate, MunicipalityResolution } from './MunicipalityResolution';
import { municipalitiesInCounty } from './municipalitiesInCounty';
import { municipalityAffixes } from './municipalityForms';
import { municipalityIndex } from './municipalityIndex';
import { nearCandidates } from './nearCandidates';
import { MAX_NAME_LENGTH, normalizeName } from './normalizeName';
import { type ResolutionReason, resolutionReason } from './resolutionReasons';
import { resolveCounty } from './resolveCounty';
import { searchNameIndex } from './searchNameIndex';
import { stripAffixes } from './stripAffixes';

type Candidates = readonly [MunicipalityCandidate, ...MunicipalityCandidate[]];

const unknown = (input: string, reason: ResolutionReason): MunicipalityResolution =>
  Object.freeze({ status: 'unknown', input, municipality: null, reason, candidates: [] as const });
const exact = (input: string, m: Municipality, reason: ResolutionReason): MunicipalityResolution =>
  Object.freeze({ status: 'exact', input, municipality: m, reason, candidates: [] as const });
type ExactReason = 'municipality.code' | 'municipality.name' | 'municipality.form';
/** The reasons of exact resolutions, made once per municipality and reason (at most 3 × 290). */
const exactReasons = new Map<string, ResolutionReason>();
/** The normalised official names, made once per municipality. */
const normalisedNames = new Map<MunicipalityCode, string>();

function normalisedName(code: MunicipalityCode): string {
  let name = normalisedNames.get(code);
  if (name === undefined) {
    name = normalizeName(getMunicipality(code).name);
    normalisedNames.set(code, name);
  }
  return name;
}

/** An exact resolution to the municipality with a known code, its reason made once. */
function exactBy(input: string, code: MunicipalityCode, why: ExactReason): MunicipalityResolution {
  const m = getMunicipality(code);
  const key = `${why} ${code}`;
  let reason = exactReasons.get(key);
  if (reason === undefined) {
    reason = resolutionReason(why, m);
    exactReasons.set(key, reason);
  }
  return exact(input, m, reason);
}

const probable = (input: string, candidates: Candidates): MunicipalityResolution =>
  Object.freeze({
    status: 'probable',
    input,
    municipality: candidates[0].municipality,
    reason: candidates[0].reason,
    candidates: Object.freeze(candidates) as Candidates,
  });

/**
 * Resolves a municipality's name as people write it to a municipality, saying how
 * sure it is. `exact` when the text, normalised (case, spaces, dashes, footnote marks)
 * and without "kommun"/"stad"/"municipality", is the short name, its genitive
 * ("Göteborgs stad", "Falu kommun"), another accepted form ("Region Gotland") or a
 * four-digit SCB code. `probable` when it is within a letter or two of names
 * (a change only in å/ä/ö counts half): candidates nearest first, the best as
 * `municipality`. `unknown` otherwise, also for counties and regions ("Region
 * Stockholm" is county level, not the municipality Stockholm). Never throws, for any
 * input. The lookup index is built on the first call.
 *
 * @param text - a municipality's name or code as written
 * @returns `exact`, `probable` or `unknown`, with a reason in sv and en
 *
 * @example
 * ```ts
 * resolveMunicipality('Falu kommun*').municipality?.code;
 * //=> '2080'
 * resolveMunicipality('Norrälje kommun').status;
 * //=> 'probable'
 * resolveMunicipality('Region Stockholm').reason.code;
 * //=> 'municipality.is-region'
 * ```
 */
export function resolveMunicipality(text: string): MunicipalityResolution {
  if (typeof text !== 'string') return unknown('', resolutionReason('municipality.empty', {}));
  const normalised = normalizeName(text);
  if (normalised === '') return unknown(text, resolutionReason('municipality.empty', {}));
  if (/^\d{4}$/.test(normalised)) {
    return isKnownMunicipalityCode(normalised)
      ? exactBy(text, normalised as MunicipalityCode, 'municipality.code')
      : unknown(text, resolutionReason('municipality.unknown-code', {}));
  }
  if (normalised.length > MAX_NAME_LENGTH) {
    return unknown(text, resolutionReason('municipality.no-match', {}));
  }
  const key = stripAffixes(normalised, municipalityAffixes);
  const code = municipalityIndex().exact.get(key);
  if (code !== undefined) {
    const isName = normalised === normalisedName(code);
    return exactBy(text, code, isName ? 'municipality.name' : 'municipality.form');
  }
  return countyLevel(text, normalised) ?? nearest(text, key);
}

/** A county or region name: never a municipality, unless the county has only one. */
function countyLevel(text: string, normalised: string): MunicipalityResolution | undefined {
  const region = normalised.startsWith('region ') || normalised.endsWith('regionen');
  const exactCode = countyIndex().exact.get(stripAffixes(normalised, countyAffixes));
  const county =
    exactCode !== undefined
      ? getCounty(exactCode)
      : region
        ? resolveCounty(normalised).county
        : null;
  if (county === null) {
    return region ? unknown(text, resolutionReason('municipality.region', {})) : undefined;
  }
  const [only, ...others] = municipalitiesInCounty(county.code);
  if (only !== undefined && others.length === 0) {
    const params = { name: only.name, county: county.name };
    const reason = resolutionReason('municipality.only-one-in-county', params);
    return probable(text, [Object.freeze({ municipality: only, reason, distance: 0 })]);
  }
  const code = region ? 'municipality.is-region' : 'municipality.is-county';
  return unknown(text, resolutionReason(code, { county: county.name }));
}

function nearest(text: string, key: string): MunicipalityResolution {
  const matches = searchNameIndex(municipalityIndex(), key);
  const [best, ...rest] = nearCandidates(matches, getMunicipality, 'municipality').map(
    ({ item, reason, distance }) => Object.freeze({ municipality: item, reason, distance }),
  );
  return best === undefined
    ? unknown(text, resolutionReason('municipality.no-match', {}))
    : probable(text, [best, ...rest]);
}
