/**
 * The number of enumerable string keys of an object, counted without allocating an
 * array. A hand-written reader of a strict object reads the properties it knows by
 * name and compares this count with the number it found, so that an unknown key (or a
 * key given as `undefined`) is noticed without a list of allowed keys.
 *
 * @param value - a plain object (see {@link isPlainObject})
 * @returns how many keys `for…in` visits
 *
 * @example
 * ```ts
 * enumerableKeyCount({ a: 1, b: undefined });
 * //=> 2
 * ```
 */
export function enumerableKeyCount(value: object): number {
  let count = 0;
  for (const _key in value) count++;
  return count;
}
