import type { GroupAccumulator } from './aggregateRecords';
import type { StatisticsCell } from './CaseStatisticsTable';
import { cellLabel } from './cellLabel';
import { summarizeDurations } from './summarizeDurations';
import { suppressionOf } from './suppressionOf';
import { type CellStatus, suppressTable } from './suppressTable';

type Row = Map<string, { value: number; status: CellStatus; unit: StatisticsCell['unit'] }>;

/** A set of counts that add up to a total (`null`: a single count, its own total). */
interface Family {
  readonly columns: readonly string[];
  readonly total: string | null;
  readonly counts: (a: GroupAccumulator) => number[];
}

const STATISTICS = ['mean', 'median', 'p25', 'p75', 'p90'] as const;

/**
 * Builds the cells of every group and of the national row from the accumulators,
 * suppressing each family of counts with `suppressTable` across groups. A duration
 * statistic or share is suppressed as `'small-count'` when it rests on fewer than
 * `threshold` cases, and otherwise shares the status of the count it rests on.
 *
 * @internal
 * @param groups - the accumulators, keyed by group, in output order
 * @param threshold - the smallest count published
 * @param grouped - `false` when the only group is the nation itself
 * @returns the cells per group and the national cells
 *
 * @example
 * ```ts
 * statisticsRows(new Map(), 5, true).national.find((c) => c.id === 'cases')?.value;
 * //=> 0
 * ```
 */
export function statisticsRows(
  groups: ReadonlyMap<string, GroupAccumulator>,
  threshold: number,
  grouped: boolean,
): { groups: { group: string; cells: StatisticsCell[] }[]; national: StatisticsCell[] } {
  const accumulators = [...groups.values()];
  const tenures = [...new Set(accumulators.flatMap((a) => [...a.tenures.keys()]))].sort();
  const families: Family[] = [
    { columns: ['cases'], total: null, counts: (a) => [a.cases] },
    { columns: ['shelter.stays'], total: null, counts: (a) => [a.shelterDays.length] },
    { columns: ['permanent.cases'], total: null, counts: (a) => [a.permanentDays.length] },
    {
      columns: ['closed.resolved', 'closed.not-resolved'],
      total: 'closed.total',
      counts: (a) => [a.resolved, a.closed - a.resolved],
    },
    {
      columns: tenures.map((t) => `outcome.tenure.${t}`),
      total: 'outcome.total',
      counts: (a) => tenures.map((t) => a.tenures.get(t) ?? 0),
    },
    {
      columns: ['destination.same-municipality', 'destination.other-municipality'],
      total: 'destination.total',
      counts: (a) => [a.sameMunicipality, a.otherMunicipality],
    },
  ];
  const rows: Row[] = accumulators.map(() => new Map());
  const nationalRow: Row = new Map();
  for (const family of families) {
    const counts = accumulators.map(family.counts);
    const s = suppressTable(counts, threshold);
    const put = (row: Row | undefined, id: string, value: number, status?: CellStatus) => {
      row?.set(id, { value, status: status ?? 'published', unit: 'cases' });
    };
    for (const [c, id] of family.columns.entries()) {
      for (const [r, line] of counts.entries()) put(rows[r], id, line[c] ?? 0, s.cells[r]?.[c]);
      put(nationalRow, id, sum(counts.map((line) => line[c] ?? 0)), s.columnTotals[c]);
    }
    if (family.total === null) continue;
    for (const [r, line] of counts.entries()) put(rows[r], family.total, sum(line), s.rowTotals[r]);
    put(nationalRow, family.total, sum(counts.map(sum)), s.total);
  }
  const derive = (row: Row, shelter: number[], permanent: number[]) => {
    addDurations(row, 'shelter', 'shelter.stays', shelter, threshold);
    addDurations(row, 'permanent', 'permanent.cases', permanent, threshold);
    const closed = row.get('closed.total');
    const resolved = row.get('closed.resolved');
    const statuses = [closed?.status, resolved?.status];
    row.set('closed.share-resolved', {
      value: Math.round(((resolved?.value ?? 0) / (closed?.value ?? 0)) * 1000) / 1000,
      status: (closed?.value ?? 0) < threshold ? 'small-count' : worst(statuses),
      unit: 'share',
    });
  };
  for (const [r, a] of accumulators.entries()) {
    derive(rows[r] ?? new Map(), a.shelterDays, a.permanentDays);
  }
  if (grouped || rows.length === 0) {
    const all = (pick: (a: GroupAccumulator) => number[]) => concat(accumulators.map(pick));
    derive(
      nationalRow,
      all((a) => a.shelterDays),
      all((a) => a.permanentDays),
    );
  }
  const cellsOf = (group: string, row: Row) =>
    [...row].map(([id, { value, status, unit }]) => ({
      group,
      id,
      label: cellLabel(id),
      unit,
      value: status === 'published' ? value : null,
      suppressed: suppressionOf(status, threshold),
    }));
  const keys = [...groups.keys()];
  return {
    groups: grouped
      ? rows.map((row, r) => ({ group: keys[r] ?? '', cells: cellsOf(keys[r] ?? '', row) }))
      : [],
    national: cellsOf('national', grouped ? nationalRow : (rows[0] ?? nationalRow)),
  };
}

function addDurations(
  row: Row,
  measure: string,
  countId: string,
  days: number[],
  threshold: number,
) {
  const summary = summarizeDurations(days);
  const status = summary.n < threshold ? 'small-count' : worst([row.get(countId)?.status]);
  for (const statistic of STATISTICS) {
    row.set(`${measure}.days.${statistic}`, { value: summary[statistic], status, unit: 'days' });
  }
}

function worst(statuses: readonly (CellStatus | undefined)[]): CellStatus {
  if (statuses.includes('small-count')) return 'small-count';
  return statuses.includes('complementary') ? 'complementary' : 'published';
}

function concat(arrays: readonly number[][]): number[] {
  const out: number[] = [];
  for (const a of arrays) for (const v of a) out.push(v);
  return out;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
