import { bitCount } from './bitCount';
import type { IndexedForm, NameIndex } from './createNameIndex';
import { editCost } from './editCost';
import { foldDiacritics } from './foldDiacritics';
import { letterMask } from './letterMask';

/**
 * A near match found by {@link searchNameIndex}: the id, the nearest of its forms, and
 * the distance in letters (a change of diacritics counts half).
 *
 * @example
 * ```ts
 * const match: NearMatch<string> = { id: '0188', form: 'norrtälje', distance: 1, diacriticsOnly: false };
 * ```
 */
export interface NearMatch<Id> {
  readonly id: Id;
  readonly form: string;
  readonly distance: number;
  /** Whether the text and the form differ only in diacritics (å/ä/ö). */
  readonly diacriticsOnly: boolean;
}

/**
 * How far a text of a given length may be from a name and still be a probable match:
 * 1 letter for texts up to 5 characters, 2 above; half a letter (diacritics only)
 * below 3 characters.
 *
 * @param length - the length of the normalised text
 * @returns the largest distance in letters
 *
 * @example
 * ```ts
 * maxNameDistance(8);
 * //=> 2
 * ```
 */
export function maxNameDistance(length: number): number {
  return length < 3 ? 0.5 : length <= 5 ? 1 : 2;
}

/**
 * The ids whose forms lie within {@link maxNameDistance} of a normalised text, each
 * once with its nearest form, nearest first. Exact matches are the caller's business
 * (`index.exact`); this finds the near ones.
 *
 * @param index - the index to search
 * @param key - the normalised text
 * @returns the matches, by distance (ties in no particular order)
 *
 * @example
 * ```ts
 * searchNameIndex(createNameIndex([['0188', ['norrtälje']]]), 'norrälje')[0]?.distance;
 * //=> 1
 * ```
 */
export function searchNameIndex<Id>(index: NameIndex<Id>, key: string): NearMatch<Id>[] {
  const folded = foldDiacritics(key);
  const limit = maxNameDistance(key.length) * 2;
  const best = new Map<Id, { form: IndexedForm<Id>; cost: number }>();
  const mask = letterMask(folded);
  const band = limit >> 1;
  const longest = Math.min(index.byLength.length - 1, key.length + band);
  for (let length = Math.max(0, key.length - band); length <= longest; length++) {
    for (const form of index.byLength[length] ?? []) {
      // An edit costing 2 half letters adds or removes at most 2 characters: a lower bound.
      if (bitCount(mask ^ form.mask) > limit) continue;
      const cost = editCost(key, folded, form.form, form.folded, limit, index.scratch);
      if (cost > limit) continue;
      const known = best.get(form.id);
      if (known === undefined || cost < known.cost) best.set(form.id, { form, cost });
    }
  }
  return [...best.values()]
    .sort((a, b) => a.cost - b.cost)
    .map(({ form, cost }) => ({
      id: form.id,
      form: form.form,
      distance: cost / 2,
      diacriticsOnly: folded === form.folded,
    }));
}
