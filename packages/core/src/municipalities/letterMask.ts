/**
 * A 32-bit set of the characters of a text, by their code modulo 32 (a–z are bits
 * 1–26, a space bit 0). An edit that inserts, deletes or changes one character changes
 * at most two bits, so `bitCount(letterMask(a) ^ letterMask(b)) / 2` is a lower bound
 * of the edit distance of `a` and `b`: a cheap test before computing it.
 *
 * @param text - a folded, normalised name (see `foldDiacritics`)
 * @returns the set as a 32-bit integer
 *
 * @example
 * ```ts
 * bitCount(letterMask('falun') ^ letterMask('falu'));
 * //=> 1
 * ```
 */
export function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) mask |= 1 << (text.charCodeAt(i) & 31);
  return mask;
}
