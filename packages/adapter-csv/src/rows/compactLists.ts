/**
 * Closes up the holes of lists (positions no field was given for), in place, keeping
 * the order: `children.1` and `children.3` become a list of two.
 *
 * @param lists - the lists, as {@link setField} collected them
 *
 * @example
 * ```ts
 * const list = [, 'b', , 'd'];
 * compactLists([list]);
 * list;
 * //=> ['b', 'd']
 * ```
 */
export function compactLists(lists: readonly unknown[][]): void {
  for (const list of lists) {
    let to = 0;
    for (let from = 0; from < list.length; from++) {
      if (Object.hasOwn(list, from)) list[to++] = list[from];
    }
    list.length = to;
  }
}
