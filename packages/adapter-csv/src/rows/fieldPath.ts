const paths = new Map<string, readonly (string | number)[]>();

/**
 * A flat field name split into its keys, with each number segment (1-based, as in the
 * file) turned into a 0-based list position. Cached, since field names repeat on every
 * row (at most 10 000 names are kept).
 *
 * @param name - the flat field name
 * @returns the keys and positions
 *
 * @example
 * ```ts
 * fieldPath('household.children.2.birthDate');
 * //=> ['household', 'children', 1, 'birthDate']
 * ```
 */
export function fieldPath(name: string): readonly (string | number)[] {
  let path = paths.get(name);
  if (path === undefined) {
    path = name.split('.').map((p) => (/^[1-9]\d{0,2}$/.test(p) ? Number(p) - 1 : p));
    if (paths.size < 10_000) paths.set(name, path);
  }
  return path;
}
