import fc from 'fast-check';
import { DATE_ONLY_YEAR_RANGE, type DateOnly, daysInMonth } from '../dates/DateOnly';
import type { Period } from '../dates/Period';
import { UtcDate } from '../dates/UtcDate';

const DAY_MS = 86_400_000;
const FIRST = `${DATE_ONLY_YEAR_RANGE.min}-01-01` as DateOnly;
const LAST = `${DATE_ONLY_YEAR_RANGE.max}-12-31` as DateOnly;

/**
 * Bounds for {@link arbDateOnly} and {@link arbPeriod}, both included.
 *
 * @example
 * ```ts
 * const bounds: ArbDateOptions = { min: '2000-01-01' as DateOnly, max: '2030-12-31' as DateOnly };
 * ```
 */
export interface ArbDateOptions {
  /** The earliest date (default 1800-01-01). */
  readonly min?: DateOnly;
  /** The latest date (default 2999-12-31). */
  readonly max?: DateOnly;
}

/**
 * Generates {@link DateOnly} values between two dates (both included). Besides
 * uniformly spread days it often picks the days where calendar code breaks: month
 * ends, 28 and 29 February, 1 January and 31 December.
 *
 * @param options - the earliest and latest date
 * @returns an arbitrary of dates
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbDateOnly({ min: '2024-01-01' as DateOnly }), (d) => d >= '2024-01-01'));
 * ```
 */
export function arbDateOnly(options: ArbDateOptions = {}): fc.Arbitrary<DateOnly> {
  const min = options.min ?? FIRST;
  const max = options.max ?? LAST;
  const start = UtcDate.fromDateOnly(min).getTime();
  const span = Math.round((UtcDate.fromDateOnly(max).getTime() - start) / DAY_MS);
  const uniform = fc
    .integer({ min: 0, max: Math.max(0, span) })
    .map((days) => new UtcDate(start + days * DAY_MS).toDateOnly());
  const edge = fc
    .record({
      year: fc.integer({ min: Number(min.slice(0, 4)), max: Number(max.slice(0, 4)) }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.constantFrom('first', 'last', 'feb28'),
    })
    .map(({ year, month, day }) => {
      const [m, d] =
        day === 'feb28' ? [2, 28] : [month, day === 'first' ? 1 : daysInMonth(year, month)];
      const date =
        `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as DateOnly;
      return date < min ? min : date > max ? max : date;
    });
  return fc.oneof({ arbitrary: uniform, weight: 3 }, { arbitrary: edge, weight: 1 });
}

/**
 * Options for {@link arbPeriod}.
 *
 * @example
 * ```ts
 * const options: ArbPeriodOptions = { open: false, min: '2020-01-01' as DateOnly };
 * ```
 */
export interface ArbPeriodOptions extends ArbDateOptions {
  /** `true`: always open-ended (no `to`); `false`: never; default: sometimes. */
  readonly open?: boolean;
}

/**
 * Generates valid {@link Period}s within the bounds: `to` (when present) on or after
 * `from`; an open-ended period has no `to` key at all.
 *
 * @param options - the bounds and whether periods are open-ended
 * @returns an arbitrary of periods
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbPeriod({ open: false }), (p) => p.to !== undefined && p.from <= p.to));
 * ```
 */
export function arbPeriod(options: ArbPeriodOptions = {}): fc.Arbitrary<Period> {
  const open = options.open === undefined ? fc.boolean() : fc.constant(options.open);
  return fc
    .tuple(arbDateOnly(options), arbDateOnly(options), open)
    .map(([a, b, isOpen]): Period => {
      const [from, to] = a <= b ? [a, b] : [b, a];
      return isOpen ? { from } : { from, to };
    });
}
