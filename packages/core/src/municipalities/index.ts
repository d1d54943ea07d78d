export { type CountyCode, countyCodeSchema } from './CountyCode';
export { counties } from './counties';
export { countyAffixes, extraCountyForms } from './countyForms';
export { countyOf } from './countyOf';
export { getCounty } from './getCounty';
export { getMunicipality } from './getMunicipality';
export { isKnownMunicipalityCode } from './isKnownMunicipalityCode';
export type { County, Municipality } from './Municipality';
export { type MunicipalityCode, municipalityCodeSchema } from './MunicipalityCode';
export type {
  CountyCandidate,
  CountyResolution,
  MunicipalityCandidate,
  MunicipalityResolution,
} from './MunicipalityResolution';
export { municipalitiesMessages } from './messages';
export { municipalities } from './municipalities';
export { municipalitiesInCounty } from './municipalitiesInCounty';
export { extraMunicipalityForms, municipalityAffixes } from './municipalityForms';
export { type CountyCodeErrorCode, parseCountyCode } from './parseCountyCode';
export { type MunicipalityCodeErrorCode, parseMunicipalityCode } from './parseMunicipalityCode';
export {
  type ResolutionReason,
  type ResolutionReasonCode,
  resolutionReasonMessages,
} from './resolutionReasons';
export { resolveCounty } from './resolveCounty';
export { resolveMunicipality } from './resolveMunicipality';
