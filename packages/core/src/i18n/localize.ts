import type { Lang } from './Lang';
import type { LocalizedText } from './LocalizedText';

/**
 * Picks the text in one language.
 *
 * @param text - the text in both languages
 * @param lang - the language to read it in
 * @returns the text in `lang`
 *
 * @example
 * ```ts
 * localize({ sv: 'Kommun', en: 'Municipality' }, 'en');
 * //=> 'Municipality'
 * ```
 */
export function localize(text: LocalizedText, lang: Lang): string {
  return text[lang];
}
