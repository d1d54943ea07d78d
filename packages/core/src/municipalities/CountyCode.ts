import * as z from 'zod/mini';
import { countyTable } from './data.generated';

/**
 * The zod schema of a {@link CountyCode}: two digits with leading zero that are the
 * SCB code of one of the 21 counties. Failures carry the codes
 * `county.invalid-code-format` and `county.unknown-code`.
 *
 * @example
 * ```ts
 * countyCodeSchema.safeParse('01').success;
 * //=> true
 * countyCodeSchema.safeParse('02').success;
 * //=> false
 * ```
 */
export const countyCodeSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .check(
      z.superRefine((text, ctx) => {
        if (!/^\d{2}$/.test(text)) {
          ctx.addIssue({ code: 'custom', params: { code: 'county.invalid-code-format' } });
        } else if (!Object.hasOwn(countyTable, text)) {
          ctx.addIssue({ code: 'custom', params: { code: 'county.unknown-code' } });
        }
      }),
      z.meta({ description: 'SCB county code (länskod), two digits', examples: ['01'] }),
    )
    .brand<'CountyCode'>())();

/**
 * The SCB code of a Swedish county (län), such as `'01'` for Stockholms län. The 21
 * codes run from 01 to 25 with gaps. Branded: obtain one from `parseCountyCode`,
 * `countyCodeSchema` or a {@link Municipality}.
 *
 * @example
 * ```ts
 * const code: CountyCode = parseCountyCode('01')._unsafeUnwrap();
 * ```
 */
export type CountyCode = z.output<typeof countyCodeSchema>;
