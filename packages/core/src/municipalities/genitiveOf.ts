const ENDS_WITHOUT_GENITIVE_S = /[sxzaeiouyåäöéü]$/iu;

/**
 * The regular Swedish genitive of a municipality's name, as in its official name
 * "<genitive> kommun": an `s` after a consonant ("Lekeberg" → "Lekebergs"), nothing
 * after a vowel or `s`/`x`/`z` ("Tyresö", "Borås", "Kalix"). Irregular official forms
 * (Falun → "Falu") are listed in `extraMunicipalityForms`.
 *
 * @param name - a municipality's short name
 * @returns the genitive, which may be the name itself
 *
 * @example
 * ```ts
 * genitiveOf('Göteborg');
 * //=> 'Göteborgs'
 * genitiveOf('Borås');
 * //=> 'Borås'
 * ```
 */
export function genitiveOf(name: string): string {
  return ENDS_WITHOUT_GENITIVE_S.test(name) ? name : `${name}s`;
}
