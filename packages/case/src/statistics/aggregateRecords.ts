import type { ExclusionReason } from './CaseStatisticsTable';
import { type PrepareContext, prepareRecord } from './prepareRecord';

/**
 * The sums of one group's records.
 *
 * @internal
 * @example
 * ```ts
 * const a: GroupAccumulator = { cases: 0, shelterDays: [], permanentDays: [], closed: 0, resolved: 0, tenures: new Map(), sameMunicipality: 0, otherMunicipality: 0 };
 * ```
 */
export interface GroupAccumulator {
  cases: number;
  readonly shelterDays: number[];
  readonly permanentDays: number[];
  closed: number;
  resolved: number;
  readonly tenures: Map<string, number>;
  sameMunicipality: number;
  otherMunicipality: number;
}

/**
 * Adds up records per group in one pass, leaving out (and counting) those
 * `prepareRecord` rejects. Never throws.
 *
 * @internal
 * @param records - the records
 * @param context - see `prepareRecord`
 * @returns the accumulators by group key (`''` when not grouped) and the exclusions
 *
 * @example
 * ```ts
 * aggregateRecords([], context).groups.size;
 * //=> 0
 * ```
 */
export function aggregateRecords(
  records: Iterable<unknown>,
  context: PrepareContext,
): {
  readonly groups: ReadonlyMap<string, GroupAccumulator>;
  readonly excluded: ReadonlyMap<ExclusionReason, number>;
} {
  const groups = new Map<string, GroupAccumulator>();
  const excluded = new Map<ExclusionReason, number>();
  for (const record of records) {
    const p = prepareRecord(record, context);
    if (typeof p === 'string') {
      excluded.set(p, (excluded.get(p) ?? 0) + 1);
      continue;
    }
    let a = groups.get(p.group);
    if (a === undefined) {
      a = {
        cases: 0,
        shelterDays: [],
        permanentDays: [],
        closed: 0,
        resolved: 0,
        tenures: new Map(),
        sameMunicipality: 0,
        otherMunicipality: 0,
      };
      groups.set(p.group, a);
    }
    a.cases++;
    if (p.shelterDays >= 0) a.shelterDays.push(p.shelterDays);
    if (p.permanentDays >= 0) a.permanentDays.push(p.permanentDays);
    if (p.closed !== null) a.closed++;
    if (p.closed === 'permanent-housing-arranged') a.resolved++;
    if (p.tenure !== null) a.tenures.set(p.tenure, (a.tenures.get(p.tenure) ?? 0) + 1);
    if (p.moved === true) a.otherMunicipality++;
    if (p.moved === false) a.sameMunicipality++;
  }
  return { groups, excluded };
}
