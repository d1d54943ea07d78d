import { type DateOnly, isRealIsoDate } from './DateOnly';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a value is a {@link DateOnly}: a `YYYY-MM-DD` string naming a real date in
 * the years 1800–2999 (no surrounding spaces; {@link parseDateOnly} trims them).
 * Never throws.
 *
 * @param value - anything
 * @returns `true` when the value is a `DateOnly`
 *
 * @example
 * ```ts
 * isDateOnly('2024-02-29');
 * //=> true
 * isDateOnly('2023-02-29');
 * //=> false
 * ```
 */
export function isDateOnly(value: unknown): value is DateOnly {
  return typeof value === 'string' && ISO_DATE.test(value) && isRealIsoDate(value);
}
