import fc from 'fast-check';
import type { CountyCode } from '../municipalities/CountyCode';
import { counties } from '../municipalities/counties';
import { genitiveOf } from '../municipalities/genitiveOf';
import type { Municipality } from '../municipalities/Municipality';
import type { MunicipalityCode } from '../municipalities/MunicipalityCode';
import { municipalities } from '../municipalities/municipalities';
import { extraMunicipalityForms } from '../municipalities/municipalityForms';

/**
 * Any of the 290 SCB municipality codes.
 *
 * @returns an arbitrary of existing {@link MunicipalityCode}s
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbMunicipalityCode(), (code) => getMunicipality(code).code === code));
 * ```
 */
export function arbMunicipalityCode(): fc.Arbitrary<MunicipalityCode> {
  return fc.constantFrom(...municipalities.map((m) => m.code));
}

/**
 * Any of the 21 SCB county codes.
 *
 * @returns an arbitrary of existing {@link CountyCode}s
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbCountyCode(), (code) => municipalitiesInCounty(code).length > 0));
 * ```
 */
export function arbCountyCode(): fc.Arbitrary<CountyCode> {
  return fc.constantFrom(...counties.map((c) => c.code));
}

/**
 * A municipality's name as people write it, with the code it means: the short name,
 * "<genitive> kommun", "<name> kommun", "<genitive> Stad", an extra form such as
 * "Falu kommun" or "Region Gotland", or the code; in any case, with spaces (also
 * no-break) around, a hyphen written as a space, and a footnote star now and then.
 * Each text resolves exactly to `code`.
 *
 * @returns an arbitrary of `{ text, code }`
 *
 * @example
 * ```ts
 * fc.assert(
 *   fc.property(arbMunicipalityNameVariant(), ({ text, code }) =>
 *     resolveMunicipality(text).municipality?.code === code,
 *   ),
 * );
 * ```
 */
export function arbMunicipalityNameVariant(): fc.Arbitrary<{
  readonly text: string;
  readonly code: MunicipalityCode;
}> {
  const base = fc
    .constantFrom(...municipalities)
    .chain((m) => fc.record({ m: fc.constant(m), form: fc.constantFrom(...writtenForms(m)) }));
  const casing = fc.constantFrom(
    (s: string) => s,
    (s: string) => s.toLowerCase(),
    (s: string) => s.toUpperCase(),
  );
  const space = fc.constantFrom('', ' ', '  ', '\u00a0', '\t');
  return fc
    .record({ base, casing, before: space, after: space, star: fc.boolean(), dash: fc.boolean() })
    .map(({ base: { m, form }, casing, before, after, star, dash }) => ({
      text: `${before}${casing(dash ? form.replace('-', ' ') : form)}${star ? '*' : ''}${after}`,
      code: m.code,
    }));
}

function writtenForms(m: Municipality): string[] {
  const genitive = genitiveOf(m.name);
  const extra: readonly string[] = Object.hasOwn(extraMunicipalityForms, m.code)
    ? extraMunicipalityForms[m.code as keyof typeof extraMunicipalityForms]
    : [];
  return [
    m.name,
    m.code,
    `${genitive} kommun`,
    `${m.name} kommun`,
    `${genitive} Stad`,
    `Municipality of ${m.name}`,
    ...extra,
    ...extra.map((form) => `${form} kommun`),
  ];
}
