import type { County, Municipality } from './Municipality';
import type { ResolutionReason } from './resolutionReasons';

/**
 * A municipality a name probably means, with why and how far the name is from it
 * (in letters; a change only in å/ä/ö counts half).
 *
 * @example
 * ```ts
 * const candidate: MunicipalityCandidate = resolveMunicipality('Norrälje kommun').candidates[0];
 * candidate.distance;
 * //=> 1
 * ```
 */
export interface MunicipalityCandidate {
  readonly municipality: Municipality;
  readonly reason: ResolutionReason;
  readonly distance: number;
}

/**
 * What `resolveMunicipality` made of a name: `exact` when the normalised text is an
 * accepted form of one municipality's name (or its code), `probable` with candidates
 * nearest first when it is close to one or more, `unknown` otherwise, each with a reason.
 *
 * @example
 * ```ts
 * const resolution: MunicipalityResolution = resolveMunicipality('Falu kommun*');
 * resolution.status;
 * //=> 'exact'
 * ```
 */
export type MunicipalityResolution =
  | {
      readonly status: 'exact';
      readonly input: string;
      readonly municipality: Municipality;
      readonly reason: ResolutionReason;
      readonly candidates: readonly [];
    }
  | {
      readonly status: 'probable';
      readonly input: string;
      /** The best candidate, `candidates[0].municipality`. */
      readonly municipality: Municipality;
      readonly reason: ResolutionReason;
      readonly candidates: readonly [MunicipalityCandidate, ...MunicipalityCandidate[]];
    }
  | {
      readonly status: 'unknown';
      readonly input: string;
      readonly municipality: null;
      readonly reason: ResolutionReason;
      readonly candidates: readonly [];
    };

/**
 * A county a name probably means (see {@link MunicipalityCandidate}).
 *
 * @example
 * ```ts
 * const candidate: CountyCandidate = resolveCounty('Dalarnes län').candidates[0];
 * candidate.county.code;
 * //=> '20'
 * ```
 */
export interface CountyCandidate {
  readonly county: County;
  readonly reason: ResolutionReason;
  readonly distance: number;
}

/**
 * What `resolveCounty` made of a name, shaped like {@link MunicipalityResolution}.
 *
 * @example
 * ```ts
 * const resolution: CountyResolution = resolveCounty('Region Skåne');
 * resolution.county?.code;
 * //=> '12'
 * ```
 */
export type CountyResolution =
  | {
      readonly status: 'exact';
      readonly input: string;
      readonly county: County;
      readonly reason: ResolutionReason;
      readonly candidates: readonly [];
    }
  | {
      readonly status: 'probable';
      readonly input: string;
      /** The best candidate, `candidates[0].county`. */
      readonly county: County;
      readonly reason: ResolutionReason;
      readonly candidates: readonly [CountyCandidate, ...CountyCandidate[]];
    }
  | {
      readonly status: 'unknown';
      readonly input: string;
      readonly county: null;
      readonly reason: ResolutionReason;
      readonly candidates: readonly [];
    };
