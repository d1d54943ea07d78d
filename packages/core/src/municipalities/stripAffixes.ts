/**
 * Words written around a name that do not belong to it: at most one prefix and one
 * suffix are removed, each only when something is left.
 *
 * @example
 * ```ts
 * const affixes: NameAffixes = { prefixes: ['city of '], suffixes: [' stad'] };
 * ```
 */
export interface NameAffixes {
  /** Removed from the start, including their trailing space. */
  readonly prefixes: readonly string[];
  /** Removed from the end, including their leading space. */
  readonly suffixes: readonly string[];
}

/**
 * Removes the first matching prefix and the first matching suffix from a normalised
 * name ("municipality of falun" → "falun", "göteborgs stad" → "göteborgs").
 *
 * @param key - a normalised name (see `normalizeName`)
 * @param affixes - the prefixes and suffixes to remove
 * @returns the name without them, never empty unless `key` is
 *
 * @example
 * ```ts
 * stripAffixes('falu kommun', { prefixes: [], suffixes: [' kommun', ' stad'] });
 * //=> 'falu'
 * ```
 */
export function stripAffixes(key: string, affixes: NameAffixes): string {
  let stripped = key;
  const prefix = affixes.prefixes.find((p) => stripped.startsWith(p) && stripped.length > p.length);
  if (prefix !== undefined) stripped = stripped.slice(prefix.length);
  const suffix = affixes.suffixes.find((s) => stripped.endsWith(s) && stripped.length > s.length);
  if (suffix !== undefined) stripped = stripped.slice(0, -suffix.length);
  return stripped.trim();
}
