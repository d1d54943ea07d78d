import { normalizeName } from './normalizeName';
import type { NameAffixes } from './stripAffixes';

/**
 * Names in use for a county besides "X län", "X" and "Region X", keyed by SCB code:
 * the names of regions that do not follow that pattern. The one place such a form is
 * added.
 *
 * @example
 * ```ts
 * extraCountyForms['14'];
 * //=> ['Västra Götalandsregionen']
 * ```
 */
export const extraCountyForms = {
  /** Södermanlands län: Region Sörmland. */
  '04': ['Sörmland'],
  /** Västra Götalands län: Västra Götalandsregionen. */
  '14': ['Västra Götalandsregionen'],
  /** Jämtlands län: Region Jämtland Härjedalen. */
  '23': ['Jämtland Härjedalen'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/**
 * The words written around a county's name: "Region X", "X län", "X county",
 * "County of X".
 *
 * @example
 * ```ts
 * countyAffixes.prefixes.includes('region ');
 * //=> true
 * ```
 */
export const countyAffixes = {
  prefixes: ['region ', 'county of '],
  suffixes: [' län', ' county'],
} as const satisfies NameAffixes;

/**
 * The accepted forms of a county's name, normalised and without {@link countyAffixes}:
 * the name without "län" ("stockholms"), the same without the genitive s
 * ("stockholm", as in "Region Stockholm"), and the forms of {@link extraCountyForms}.
 *
 * @param county - the SCB code and name ("Stockholms län")
 * @returns the distinct forms
 *
 * @example
 * ```ts
 * countyForms({ code: '20', name: 'Dalarnas län' });
 * //=> ['dalarnas', 'dalarna']
 * ```
 */
export function countyForms(county: {
  readonly code: string;
  readonly name: string;
}): readonly string[] {
  const base = normalizeName(county.name).replace(/ län$/u, '');
  const extra: readonly string[] = Object.hasOwn(extraCountyForms, county.code)
    ? extraCountyForms[county.code as keyof typeof extraCountyForms]
    : [];
  const forms = [base, base.replace(/s$/u, ''), ...extra.map(normalizeName)];
  return [...new Set(forms)];
}
