import type { CountyCode } from './CountyCode';
import type { MunicipalityCode } from './MunicipalityCode';

/**
 * One of Sweden's 290 municipalities (kommuner).
 *
 * @example
 * ```ts
 * const falun: Municipality = getMunicipality(parseMunicipalityCode('2080')._unsafeUnwrap());
 * //=> { code: '2080', name: 'Falun', countyCode: '20' }
 * ```
 */
export interface Municipality {
  /** The SCB code, such as `'2080'`. */
  readonly code: MunicipalityCode;
  /** The short name, such as `'Falun'` (the official name is "Falu kommun"). */
  readonly name: string;
  /** The county it lies in. */
  readonly countyCode: CountyCode;
}

/**
 * One of Sweden's 21 counties (län).
 *
 * @example
 * ```ts
 * const county: County = getCounty(parseCountyCode('20')._unsafeUnwrap());
 * //=> { code: '20', name: 'Dalarnas län' }
 * ```
 */
export interface County {
  /** The SCB code, such as `'20'`. */
  readonly code: CountyCode;
  /** The name, such as `'Dalarnas län'`. */
  readonly name: string;
}
