import type { SourceRef } from './SourceRef';

/**
 * The document name of seed 004: Socialstyrelsen's report on the grant 2022–2023
 * ("Uppdrag att stärka kommunernas arbete med att hjälpa våldsutsatta att ordna
 * stadigvarande boende", art.nr 2024-7-9180, July 2024).
 *
 * @example
 * ```ts
 * SEED_004.startsWith('seeds/004');
 * //=> true
 * ```
 */
export const SEED_004 = 'seeds/004_aafd853ee8ffcb48.txt (Socialstyrelsen 2024, art.nr 2024-7-9180)';

/**
 * The ordinance the grant is given under, SFS 2022:1416: no grant for tasks a
 * municipality is obliged by law or ordinance to perform.
 *
 * @example
 * ```ts
 * SFS_2022_1416;
 * //=> 'SFS 2022:1416'
 * ```
 */
export const SFS_2022_1416 = 'SFS 2022:1416';

/**
 * A {@link SourceRef} to a place in seed 004.
 *
 * @param place - the section heading, table or lines
 * @returns the source
 *
 * @example
 * ```ts
 * seed004('Tabell 2 (lines 234–241)').place;
 * //=> 'Tabell 2 (lines 234–241)'
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function seed004(place: string): SourceRef {
  return { document: SEED_004, place };
}
