const COMBINING_MARKS = /\p{M}+/gu;
/** Letters that Unicode does not decompose but people write without their stroke. */
const STROKED: Readonly<Record<string, string>> = { ø: 'o', æ: 'a', ł: 'l', đ: 'd' };

/**
 * Folds away diacritics one character at a time (å/ä → a, ö/ø → o, é → e, ü → u),
 * keeping the length: character `i` of the result is character `i` of the input,
 * folded. Characters that would not fold to exactly one character stay as they are.
 *
 * @param text - a normalised name (see `normalizeName`)
 * @returns the same text without diacritics, of the same length
 *
 * @example
 * ```ts
 * foldDiacritics('västerås');
 * //=> 'vasteras'
 * ```
 */
export function foldDiacritics(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    folded += char < '\u00c0' ? char : foldChar(char);
  }
  return folded;
}

function foldChar(char: string): string {
  const stroked = STROKED[char];
  if (stroked !== undefined) return stroked;
  const base = char.normalize('NFD').replace(COMBINING_MARKS, '');
  return base.length === 1 ? base : char;
}
