/**
 * The languages every caseworker-facing text exists in.
 *
 * @example
 * ```ts
 * languages.includes('sv');
 * //=> true
 * ```
 */
export const languages = ['sv', 'en'] as const;

/**
 * A language a caseworker can read Stadig's texts in: Swedish (`sv`) or English (`en`).
 *
 * @example
 * ```ts
 * const lang: Lang = 'sv';
 * ```
 */
export type Lang = (typeof languages)[number];
