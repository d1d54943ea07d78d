import { type ResolutionReason, resolutionReason } from './resolutionReasons';
import type { NearMatch } from './searchNameIndex';

/**
 * The most candidates a resolution lists.
 *
 * @example
 * ```ts
 * MAX_CANDIDATES;
 * //=> 5
 * ```
 */
export const MAX_CANDIDATES = 5;

/**
 * A near match turned into a candidate: what it names, why, and how far it is.
 *
 * @example
 * ```ts
 * const candidate: NearCandidate<{ name: string }> = {
 *   item: { name: 'Malmö' },
 *   reason: resolutionReason('municipality.diacritics', { name: 'Malmö' }),
 *   distance: 0.5,
 * };
 * ```
 */
export interface NearCandidate<T> {
  readonly item: T;
  readonly reason: ResolutionReason;
  readonly distance: number;
}

/**
 * Turns near matches into candidates sorted by (distance, Swedish name order), at
 * most {@link MAX_CANDIDATES}, each with its reason: "differs only in å/ä/ö",
 * "differs by one letter", or "resembles (edit distance n)".
 *
 * @param matches - from `searchNameIndex`
 * @param lookup - the named item of an id
 * @param kind - whose reason codes to use
 * @returns the candidates, nearest first
 *
 * @example
 * ```ts
 * nearCandidates([{ id: 'x', form: 'malmö', distance: 0.5, diacriticsOnly: true }], () => ({ name: 'Malmö' }), 'municipality')[0]?.reason.en;
 * //=> 'Differs only in å/ä/ö from Malmö.'
 * ```
 */
export function nearCandidates<Id, T extends { readonly name: string }>(
  matches: readonly NearMatch<Id>[],
  lookup: (id: Id) => T,
  kind: 'municipality' | 'county',
): NearCandidate<T>[] {
  return matches
    .map(({ id, distance, diacriticsOnly }) => {
      const item = lookup(id);
      const { name } = item;
      const reason = diacriticsOnly
        ? resolutionReason(`${kind}.diacritics`, { name })
        : distance === 1
          ? resolutionReason(`${kind}.one-letter`, { name })
          : resolutionReason(`${kind}.similar`, { name, distance });
      return { item, reason, distance };
    })
    .sort((a, b) => a.distance - b.distance || a.item.name.localeCompare(b.item.name, 'sv'))
    .slice(0, MAX_CANDIDATES);
}
