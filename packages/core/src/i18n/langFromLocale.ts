import type { Lang } from './Lang';

/**
 * Chooses Swedish or English from a POSIX or BCP 47 locale such as the `LANG`
 * environment variable: Swedish for `sv`, `sv_SE.UTF-8`, `sv-FI`; English otherwise.
 *
 * @param locale - a locale string, or `undefined` when none is set
 * @returns `'sv'` for a Swedish locale, `'en'` for anything else
 *
 * @example
 * ```ts
 * langFromLocale('sv_SE.UTF-8');
 * //=> 'sv'
 * langFromLocale(undefined);
 * //=> 'en'
 * ```
 */
export function langFromLocale(locale: string | undefined): Lang {
  return typeof locale === 'string' && /^sv(?:$|[-_.@])/i.test(locale.trim()) ? 'sv' : 'en';
}
