import * as z from 'zod/mini';

/**
 * The years a {@link DateOnly} can have.
 *
 * @example
 * ```ts
 * DATE_ONLY_YEAR_RANGE.min;
 * //=> 1800
 * ```
 */
export const DATE_ONLY_YEAR_RANGE = { min: 1800, max: 2999 } as const;

/**
 * Whether `YYYY-MM-DD` text names a real calendar date within the year range.
 *
 * @internal
 * @example
 * ```ts
 * isRealIsoDate('2023-02-29');
 * //=> false
 * ```
 */
export function isRealIsoDate(text: string): boolean {
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (year < DATE_ONLY_YEAR_RANGE.min || year > DATE_ONLY_YEAR_RANGE.max) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * Days in a month of the proleptic Gregorian calendar.
 *
 * @internal
 * @example
 * ```ts
 * daysInMonth(2024, 2);
 * //=> 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The zod schema of a {@link DateOnly}: an ISO 8601 calendar date `YYYY-MM-DD` that
 * exists, with a year from 1800 to 2999. In JSON Schema it is a string with
 * `format: date`.
 *
 * @example
 * ```ts
 * dateOnlySchema.safeParse('2024-02-29').success;
 * //=> true
 * dateOnlySchema.safeParse('2023-02-29').success;
 * //=> false
 * ```
 */
export const dateOnlySchema = /* @__PURE__ */ (() =>
  z
    .string()
    .check(
      z.superRefine((text, ctx) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
          ctx.addIssue({ code: 'custom', params: { code: 'date.invalid-format' } });
        } else if (!isRealIsoDate(text)) {
          ctx.addIssue({ code: 'custom', params: { code: 'date.does-not-exist' } });
        }
      }),
      z.meta({ format: 'date', description: 'ISO 8601 calendar date, YYYY-MM-DD' }),
    )
    .brand<'DateOnly'>())();

/**
 * A calendar date without time or time zone, as an ISO 8601 string `YYYY-MM-DD`.
 * Branded: obtain one from {@link parseDateOnly} or {@link dateOnlySchema}, so that
 * every `DateOnly` in a program is a real date.
 *
 * Time enters Stadig's domain only as values of this type (`asOf`), never from a clock.
 *
 * @example
 * ```ts
 * const asOf: DateOnly = parseDateOnly('2026-11-21')._unsafeUnwrap();
 * ```
 */
export type DateOnly = z.output<typeof dateOnlySchema>;
