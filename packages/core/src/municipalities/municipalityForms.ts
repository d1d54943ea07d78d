import { genitiveOf } from './genitiveOf';
import { normalizeName } from './normalizeName';
import type { NameAffixes } from './stripAffixes';

/**
 * Names in use for a municipality besides its short name and regular genitive, keyed
 * by SCB code: irregular official genitives, the name a municipality uses for itself,
 * and English exonyms. The one place such a form is added.
 *
 * @example
 * ```ts
 * extraMunicipalityForms['2080'];
 * //=> ['Falu']
 * ```
 */
export const extraMunicipalityForms = {
  /** Falun: the official name is "Falu kommun". */
  '2080': ['Falu'],
  /** Gotland: the municipality is also a region and calls itself "Region Gotland". */
  '0980': ['Region Gotland'],
  /** Göteborg: the English name. */
  '1480': ['Gothenburg'],
} as const satisfies Readonly<Record<string, readonly string[]>>;

/**
 * The words written around a municipality's name: "X kommun", "X stad",
 * "X municipality", "Municipality of X", "City of X".
 *
 * @example
 * ```ts
 * municipalityAffixes.suffixes.includes(' kommun');
 * //=> true
 * ```
 */
export const municipalityAffixes = {
  prefixes: ['municipality of ', 'city of '],
  suffixes: [' kommun', ' stad', ' municipality', ' city'],
} as const satisfies NameAffixes;

/**
 * The accepted forms of a municipality's name, normalised (see `normalizeName`):
 * its short name, the regular genitive ("Lekebergs"), and the extra forms of
 * {@link extraMunicipalityForms}. A text resolves exactly to a municipality when,
 * normalised and without {@link municipalityAffixes}, it equals one of these.
 * No two municipalities share a form (the data script checks it).
 *
 * @param municipality - the SCB code and short name
 * @returns the distinct forms, short name first
 *
 * @example
 * ```ts
 * municipalityForms({ code: '2080', name: 'Falun' });
 * //=> ['falun', 'faluns', 'falu']
 * ```
 */
export function municipalityForms(municipality: {
  readonly code: string;
  readonly name: string;
}): readonly string[] {
  const extra: readonly string[] = Object.hasOwn(extraMunicipalityForms, municipality.code)
    ? extraMunicipalityForms[municipality.code as keyof typeof extraMunicipalityForms]
    : [];
  const forms = [municipality.name, genitiveOf(municipality.name), ...extra].map(normalizeName);
  return [...new Set(forms)];
}
