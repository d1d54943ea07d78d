/** Every kind of space, including no-break and narrow no-break spaces, and zero-width marks. */
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]+/gu;
/** Hyphens, dashes and underscores: "Upplands-Bro" and "Upplands Bro" are one name. */
const DASHES = /[-_\u2010-\u2015\u2212]/gu;
/** Quotes and brackets around a name. */
const LEADING_NOISE = /^[\s"'\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb([]+/u;
/** Footnote marks (`*`, `†`, superscript digits) and punctuation after a name. */
const TRAILING_NOISE =
  /[\s*\u2020\u2021\u00b9\u00b2\u00b3\u2070-\u2079"'\u2018\u2019\u201c\u201d\u00ab\u00bb)\].,;:!?]+$/u;

/**
 * The text longer than which a name is not looked at: no municipality or county is
 * written with more characters, even with "kommun" or "Municipality of" around it.
 *
 * @example
 * ```ts
 * MAX_NAME_LENGTH;
 * //=> 64
 * ```
 */
export const MAX_NAME_LENGTH = 64;

/**
 * Normalises a place name as people write it into a comparison key: Unicode NFC,
 * lower case, every space (also no-break) and dash as one plain space, without
 * surrounding quotes, brackets, punctuation or footnote marks (`Falu kommun*`).
 * Letters with diacritics are kept (see `foldDiacritics`).
 *
 * @param text - a name as written
 * @returns the key, `''` when nothing is left
 *
 * @example
 * ```ts
 * normalizeName('  Dals-Eds\u00a0Kommun* ');
 * //=> 'dals eds kommun'
 * ```
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(DASHES, ' ')
    .replace(SPACES, ' ')
    .replace(LEADING_NOISE, '')
    .replace(TRAILING_NOISE, '')
    .trim();
}
