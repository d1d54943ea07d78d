import { scratchRows } from './editCost';
import { foldDiacritics } from './foldDiacritics';
import { letterMask } from './letterMask';

/**
 * One accepted form of a name in a {@link NameIndex}, with its diacritics folded.
 *
 * @example
 * ```ts
 * const form: IndexedForm<string> = { id: '2080', form: 'falu', folded: 'falu', mask: letterMask('falu') };
 * ```
 */
export interface IndexedForm<Id> {
  /** What the form names, such as a municipality code. */
  readonly id: Id;
  /** The normalised form. */
  readonly form: string;
  /** The form without diacritics. */
  readonly folded: string;
  /** Which characters the folded form has (see `letterMask`), to skip far names fast. */
  readonly mask: number;
}

/**
 * A lookup index over the accepted forms of a set of names: a map for exact matches
 * and the list of forms for near matches (see `searchNameIndex`).
 *
 * @example
 * ```ts
 * const index: NameIndex<string> = createNameIndex([['2080', ['falun', 'falu']]]);
 * ```
 */
export interface NameIndex<Id> {
  /** Each form to what it names; the first owner wins. */
  readonly exact: ReadonlyMap<string, Id>;
  /** Every form, in input order. */
  readonly forms: readonly IndexedForm<Id>[];
  /** The forms by their length: `byLength[5]` holds the forms of 5 characters. */
  readonly byLength: readonly (readonly IndexedForm<Id>[] | undefined)[];
  /** Scratch rows for `editCost`, long enough for every form, reused between searches. */
  readonly scratch: readonly [Int32Array, Int32Array, Int32Array];
}

/**
 * Builds a {@link NameIndex} from ids and their normalised forms.
 *
 * @param entries - each id with its accepted forms
 * @returns the index
 *
 * @example
 * ```ts
 * createNameIndex([['2080', ['falun', 'falu']]]).exact.get('falu');
 * //=> '2080'
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function createNameIndex<Id>(
  entries: Iterable<readonly [Id, readonly string[]]>,
): NameIndex<Id> {
  const exact = new Map<string, Id>();
  const forms: IndexedForm<Id>[] = [];
  for (const [id, names] of entries) {
    for (const form of names) {
      if (!exact.has(form)) exact.set(form, id);
      const folded = foldDiacritics(form);
      forms.push({ id, form, folded, mask: letterMask(folded) });
    }
  }
  const byLength: IndexedForm<Id>[][] = [];
  for (const form of forms) {
    const sameLength = byLength[form.form.length] ?? [];
    sameLength.push(form);
    byLength[form.form.length] = sameLength;
  }
  return { exact, forms, byLength, scratch: scratchRows(byLength.length) };
}
