/**
 * The pattern of a flat field name: every 1-based position (`.2.`) becomes `.#.`, so
 * the name can be looked up in a {@link FieldTable}. Returns `undefined` for a position
 * that is not a whole number from 1 to 999.
 *
 * @param field - a flat field name such as `household.children.2.name`
 * @returns its pattern, such as `household.children.#.name`
 *
 * @example
 * ```ts
 * fieldPattern('household.children.2.name');
 * //=> 'household.children.#.name'
 * ```
 */
export function fieldPattern(field: string): string | undefined {
  let bad = false;
  const pattern = field.replace(/(^|\.)(\d+)(?=\.|$)/g, (_, dot: string, n: string) => {
    if (!/^[1-9]\d{0,2}$/.test(n)) bad = true;
    return `${dot}#`;
  });
  return bad ? undefined : pattern;
}
