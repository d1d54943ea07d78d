import { type CloseReason, closeReasons } from '../lifecycle/vocabulary';
import type { ExclusionReason } from './CaseStatisticsTable';
import { dayNumber } from './dayNumber';

/** An absent date. */
const NONE = Number.NEGATIVE_INFINITY;

/** The day number of a date, through the cache; `NONE` when absent, `NaN` when invalid. */
function dayOf(value: unknown, cache: Map<unknown, number>): number {
  if (value === undefined) return NONE;
  let n = cache.get(value);
  if (n === undefined) {
    n = dayNumber(value);
    cache.set(value, n);
  }
  return n;
}

/**
 * What `prepareRecord` needs besides the record; built once per call.
 *
 * @internal
 * @example
 * ```ts
 * const context: PrepareContext = { asOfDay: 20_000, by: 'none', days: new Map(), countyOf: new Map(), counties: new Set() };
 * ```
 */
export interface PrepareContext {
  readonly asOfDay: number;
  readonly by: 'municipality' | 'county' | 'none';
  /** Day numbers of the date texts seen so far (a cache). */
  readonly days: Map<unknown, number>;
  /** Municipality code → county code, for every municipality. */
  readonly countyOf: ReadonlyMap<unknown, string>;
  /** Every county code. */
  readonly counties: ReadonlySet<unknown>;
}

/**
 * One record reduced to what the statistics add up.
 *
 * @internal
 * @example
 * ```ts
 * const p: PreparedRecord = { group: '', shelterDays: 3, permanentDays: -1, closed: null, tenure: null, moved: null };
 * ```
 */
export interface PreparedRecord {
  readonly group: string;
  /** Days in sheltered housing; -1 when never placed. */
  readonly shelterDays: number;
  /** Days from placement to permanent housing; -1 when not both known. */
  readonly permanentDays: number;
  readonly closed: CloseReason | null;
  readonly tenure: string | null;
  /** Whether the household moved to another municipality; `null` when unknown. */
  readonly moved: boolean | null;
}

/**
 * Checks one record and reduces it, or says why it is left out: `'invalid-value'` (not
 * a record, unknown municipality or county, an invalid date, an unknown closing reason
 * or a malformed outcome), `'after-as-of'` (a date later than `asOf`), or
 * `'inconsistent-dates'` (left or moved into permanent housing before being placed, or
 * left sheltered housing without having been placed). Never throws.
 *
 * @internal
 * @param record - anything; typed input is checked all the same
 * @param context - the day `asOf`, the grouping and lookup tables
 * @returns the reduced record, or the reason it is left out
 *
 * @example
 * ```ts
 * prepareRecord({ municipality: '2080', openedOn: '2030-01-01' }, context);
 * //=> 'after-as-of'
 * ```
 */
export function prepareRecord(
  record: unknown,
  context: PrepareContext,
): PreparedRecord | ExclusionReason {
  if (typeof record !== 'object' || record === null) return 'invalid-value';
  const r = record as Record<string, unknown>;
  const county = r.county === undefined ? context.countyOf.get(r.municipality) : r.county;
  if (!context.countyOf.has(r.municipality) || !context.counties.has(county)) {
    return 'invalid-value';
  }
  const opened = dayOf(r.openedOn, context.days);
  const placed = dayOf(r.placedOn, context.days);
  const left = dayOf(r.leftShelterOn, context.days);
  const permanent = dayOf(r.permanentOn, context.days);
  const closed = r.closedReason === undefined ? null : r.closedReason;
  const outcome = r.outcome as { tenure?: unknown; permanent?: unknown } | undefined | null;
  const moved = r.movedToMunicipality;
  if (
    opened === NONE ||
    Number.isNaN(opened + placed + left + permanent) ||
    (closed !== null && !Object.hasOwn(closeReasons, String(closed))) ||
    (outcome !== undefined &&
      (typeof outcome?.tenure !== 'string' || typeof outcome.permanent !== 'boolean')) ||
    (moved !== undefined && !context.countyOf.has(moved))
  ) {
    return 'invalid-value';
  }
  if (Math.max(opened, placed, left, permanent) > context.asOfDay) return 'after-as-of';
  if (
    (left !== NONE && (placed === NONE || left < placed)) ||
    (permanent !== NONE && placed !== NONE && permanent < placed)
  ) {
    return 'inconsistent-dates';
  }
  const end = left !== NONE ? left : permanent !== NONE ? permanent : context.asOfDay;
  return {
    group:
      context.by === 'municipality'
        ? String(r.municipality)
        : context.by === 'county'
          ? String(county)
          : '',
    shelterDays: placed === NONE ? -1 : end - placed,
    permanentDays: placed === NONE || permanent === NONE ? -1 : permanent - placed,
    closed: closed as CloseReason | null,
    tenure: typeof outcome?.tenure === 'string' ? outcome.tenure : null,
    moved: moved === undefined ? null : moved !== r.municipality,
  };
}
