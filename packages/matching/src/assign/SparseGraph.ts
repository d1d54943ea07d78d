/**
 * A bipartite graph of rows and columns in compressed sparse rows: the edges of row
 * `r` are `rowStart[r]` to `rowStart[r + 1] - 1`, each with its column and weight.
 *
 * @example
 * ```ts
 * const graph: SparseGraph = {
 *   rows: 2,
 *   columns: 2,
 *   rowStart: Int32Array.of(0, 2, 3),
 *   column: Int32Array.of(0, 1, 0),
 *   weight: Float64Array.of(5, 3, 4),
 * };
 * ```
 */
export interface SparseGraph {
  readonly rows: number;
  readonly columns: number;
  readonly rowStart: Int32Array;
  readonly column: Int32Array;
  readonly weight: Float64Array;
}

/**
 * A one-to-one assignment: the column of each row (-1 when left out) and the total
 * weight of the assigned edges.
 *
 * @example
 * ```ts
 * const a: AssignmentSolution = { rowToColumn: Int32Array.of(1, 0), total: 7 };
 * ```
 */
export interface AssignmentSolution {
  readonly rowToColumn: Int32Array;
  readonly total: number;
}
