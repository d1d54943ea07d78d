import * as z from 'zod/mini';
import { isKnownMunicipalityCode } from './isKnownMunicipalityCode';

/**
 * The zod schema of a {@link MunicipalityCode}: four digits with leading zero that are
 * the SCB code of one of the 290 municipalities. Failures carry the codes
 * `municipality.invalid-code-format` and `municipality.unknown-code`.
 *
 * @example
 * ```ts
 * municipalityCodeSchema.safeParse('0180').success;
 * //=> true
 * municipalityCodeSchema.safeParse('0100').success;
 * //=> false
 * ```
 */
export const municipalityCodeSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .check(
      z.superRefine((text, ctx) => {
        if (!/^\d{4}$/.test(text)) {
          ctx.addIssue({ code: 'custom', params: { code: 'municipality.invalid-code-format' } });
        } else if (!isKnownMunicipalityCode(text)) {
          ctx.addIssue({ code: 'custom', params: { code: 'municipality.unknown-code' } });
        }
      }),
      z.meta({ description: 'SCB municipality code (kommunkod), four digits', examples: ['0180'] }),
    )
    .brand<'MunicipalityCode'>())();

/**
 * The SCB code of a Swedish municipality (kommunkod), such as `'0180'` for Stockholm:
 * four digits, the first two the county's code. Branded: obtain one from
 * `parseMunicipalityCode`, `municipalityCodeSchema` or `resolveMunicipality`, so that
 * every `MunicipalityCode` in a program names a municipality that exists.
 *
 * @example
 * ```ts
 * const code: MunicipalityCode = parseMunicipalityCode('0180')._unsafeUnwrap();
 * ```
 */
export type MunicipalityCode = z.output<typeof municipalityCodeSchema>;
