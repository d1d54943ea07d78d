/**
 * What happens to one count of a table: published, suppressed because it is small
 * (`0 < count < threshold`), or suppressed so that a small one cannot be recovered by
 * subtraction from a published total (`'complementary'`).
 *
 * @example
 * ```ts
 * const status: CellStatus = 'complementary';
 * ```
 */
export type CellStatus = 'published' | 'small-count' | 'complementary';

/**
 * The status of every count of a table, its margins included.
 *
 * @example
 * ```ts
 * suppressTable([[1, 9]], 5).cells[0];
 * //=> ['small-count', 'complementary']
 * ```
 */
export interface SuppressedTable {
  /** `cells[row][column]`. */
  readonly cells: readonly (readonly CellStatus[])[];
  /** The status of each row's total. */
  readonly rowTotals: readonly CellStatus[];
  /** The status of each column's total. */
  readonly columnTotals: readonly CellStatus[];
  /** The status of the grand total. */
  readonly total: CellStatus;
}

/**
 * Decides which counts of a table to suppress. The table is extended with its row
 * totals, column totals and grand total into a `(rows+1) × (columns+1)` grid, in which
 * every row and every column is a *line* whose last element is the sum of the others.
 *
 * 1. Primary: every count with `0 < count < threshold` is `'small-count'`. Zero is
 *    published: it says nothing about any one person.
 * 2. Complementary, repeated until nothing changes: in a line with exactly one
 *    suppressed element, that element equals the total minus the published ones (or the
 *    sum of the parts), so suppress one more: the smallest published non-zero part, else
 *    the smallest published part, else the line's total; ties go to the lower index.
 *
 * Afterwards every line holds 0 or at least 2 suppressed elements. Ragged rows are
 * read as if padded with zeros. Never throws.
 *
 * @param counts - `counts[row][column]`, non-negative integers
 * @param threshold - the smallest count published (besides zero)
 * @returns the status of every cell and total
 *
 * @example
 * ```ts
 * suppressTable([[2, 8, 9], [6, 7, 8]], 5).cells;
 * //=> [['small-count', 'complementary', 'published'], ['complementary', 'complementary', 'published']]
 * ```
 */
export function suppressTable(
  counts: readonly (readonly number[])[],
  threshold: number,
): SuppressedTable {
  const rows = counts.length;
  const columns = Math.max(0, ...counts.map((row) => row.length));
  const grid = extendWithTotals(counts, rows, columns);
  const status: CellStatus[][] = grid.map((line) =>
    line.map((n) => (n > 0 && n < threshold ? 'small-count' : 'published')),
  );
  const lines: (readonly [number, number])[][] = [
    ...grid.map((_, r) => grid[0]?.map((_, c) => [r, c] as const) ?? []),
    ...(grid[0] ?? []).map((_, c) => grid.map((_, r) => [r, c] as const)),
  ];
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      const open = line.filter(([r, c]) => status[r]?.[c] === 'published');
      if (line.length - open.length !== 1 || open.length === 0) continue;
      const [r, c] = pickComplement(open, line[line.length - 1], grid);
      const row = status[r];
      if (row !== undefined) row[c] = 'complementary';
      changed = true;
    }
  }
  const at = (r: number, c: number): CellStatus => status[r]?.[c] ?? 'published';
  return {
    cells: counts.map((_, r) => Array.from({ length: columns }, (_, c) => at(r, c))),
    rowTotals: counts.map((_, r) => at(r, columns)),
    columnTotals: Array.from({ length: columns }, (_, c) => at(rows, c)),
    total: at(rows, columns),
  };
}

function extendWithTotals(
  counts: readonly (readonly number[])[],
  rows: number,
  columns: number,
): number[][] {
  const grid = Array.from({ length: rows + 1 }, () => new Array<number>(columns + 1).fill(0));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const n = counts[r]?.[c] ?? 0;
      const line = grid[r];
      const margin = grid[rows];
      if (line === undefined || margin === undefined) continue;
      line[c] = n;
      line[columns] = (line[columns] ?? 0) + n;
      margin[c] = (margin[c] ?? 0) + n;
      margin[columns] = (margin[columns] ?? 0) + n;
    }
  }
  return grid;
}

function pickComplement(
  open: readonly (readonly [number, number])[],
  totalOfLine: readonly [number, number] | undefined,
  grid: readonly (readonly number[])[],
): readonly [number, number] {
  const value = ([r, c]: readonly [number, number]) => grid[r]?.[c] ?? 0;
  const isTotal = (p: readonly [number, number]) =>
    totalOfLine !== undefined && p[0] === totalOfLine[0] && p[1] === totalOfLine[1];
  const parts = open.filter((p) => !isTotal(p));
  const nonZero = parts.filter((p) => value(p) > 0);
  const pool = nonZero.length > 0 ? nonZero : parts.length > 0 ? parts : open;
  return pool.reduce((best, p) => (value(p) < value(best) ? p : best));
}
