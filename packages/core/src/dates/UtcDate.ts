import type { DateOnly } from './DateOnly';

/**
 * A `Date` whose "local" calendar is UTC, so that date-fns (which reads and writes
 * local fields such as `getDate` and `setMonth`) does calendar arithmetic that does
 * not depend on the machine's time zone. (Local dates would: in Pacific/Apia the day
 * 2011-12-30 does not exist, in Asia/Manila 1844-12-31 does not.)
 *
 * Built only from a {@link DateOnly}, never from a clock.
 *
 * @internal
 * @example
 * ```ts
 * UtcDate.fromDateOnly('2024-02-29' as DateOnly).toDateOnly();
 * //=> '2024-02-29'
 * ```
 */
export class UtcDate extends Date {
  /** The date at 00:00 UTC; `setUTCFullYear` keeps years below 100 as written. */
  static fromDateOnly(date: DateOnly): UtcDate {
    const utc = new UtcDate(0);
    utc.setUTCFullYear(
      Number(date.slice(0, 4)),
      Number(date.slice(5, 7)) - 1,
      Number(date.slice(8, 10)),
    );
    return utc;
  }

  /** The calendar date as `YYYY-MM-DD`, read with the UTC getters. */
  toDateOnly(): DateOnly {
    const year = String(this.getUTCFullYear()).padStart(4, '0');
    const month = String(this.getUTCMonth() + 1).padStart(2, '0');
    const day = String(this.getUTCDate()).padStart(2, '0');
    return `${year}-${month}-${day}` as DateOnly;
  }

  override getTimezoneOffset(): number {
    return 0;
  }
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  // Omitted arguments keep their current value, as the native setters do.
  override setFullYear(year: number, month = this.getUTCMonth(), date = this.getUTCDate()): number {
    return this.setUTCFullYear(year, month, date);
  }
  override setMonth(month: number, date = this.getUTCDate()): number {
    return this.setUTCMonth(month, date);
  }
  override setDate(date: number): number {
    return this.setUTCDate(date);
  }
  override setHours(
    hours: number,
    minutes = this.getUTCMinutes(),
    seconds = this.getUTCSeconds(),
    ms = this.getUTCMilliseconds(),
  ): number {
    return this.setUTCHours(hours, minutes, seconds, ms);
  }
  override setMinutes(
    minutes: number,
    seconds = this.getUTCSeconds(),
    ms = this.getUTCMilliseconds(),
  ): number {
    return this.setUTCMinutes(minutes, seconds, ms);
  }
  override setSeconds(seconds: number, ms = this.getUTCMilliseconds()): number {
    return this.setUTCSeconds(seconds, ms);
  }
  override setMilliseconds(ms: number): number {
    return this.setUTCMilliseconds(ms);
  }
}
