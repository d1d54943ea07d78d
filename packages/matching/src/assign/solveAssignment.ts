import { denseIntegerAssignment } from './denseIntegerAssignment';
import { lapjvDense } from './lapjvDense';
import { MinHeap } from './MinHeap';
import type { AssignmentSolution, SparseGraph } from './SparseGraph';

/**
 * A maximum-weight one-to-one assignment of rows to columns over the edges of a sparse
 * bipartite graph; a row may stay unassigned. Shortest augmenting paths with
 * potentials (Jonker–Volgenant style): costs `C − weight`, a private "unassigned"
 * column per row at cost `C`, a row reduction that assigns every row whose cheapest
 * column is free, then one Dijkstra per remaining row that stops at the first free
 * column (among equally short paths, a free column is taken first). On a complete
 * graph the costs form a dense matrix: whole-number costs (match scores and the weights
 * built from them) go to an auction with ε-scaling followed by an exact primal–dual
 * finish, which is fast when many costs tie; other costs go to dense LAPJV. Exact for
 * any weights ≥ 0 (with whole-number weights the arithmetic is exact). Deterministic:
 * the same graph always gives the same assignment (rows are taken in order, and a
 * row's ties go to the smaller column).
 * Edges with a weight that is negative or not finite, or a column out of range, are
 * ignored. Never throws.
 *
 * @param graph - the rows, columns and weighted edges
 * @returns the column of each row (-1 when unassigned) and the total weight
 *
 * @example
 * ```ts
 * const g = { rows: 2, columns: 2, rowStart: Int32Array.of(0, 2, 3), column: Int32Array.of(0, 1, 0), weight: Float64Array.of(5, 3, 4) };
 * solveAssignment(g);
 * //=> { rowToColumn: Int32Array [1, 0], total: 7 }
 * ```
 */
export function solveAssignment(graph: SparseGraph): AssignmentSolution {
  const { rowStart, column, weight } = graph;
  const edgeCount = Math.min(column.length, weight.length);
  const n = Math.max(0, Math.min(Math.floor(graph.rows) || 0, rowStart.length - 1));
  let maxColumn = -1;
  for (let e = 0; e < edgeCount; e++) maxColumn = Math.max(maxColumn, column[e] as number);
  const m = Math.max(0, Math.min(Math.floor(graph.columns) || 0, maxColumn + 1));
  const begin = new Int32Array(n);
  const end_ = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    const a = Math.max(0, Math.min(rowStart[r] ?? 0, edgeCount));
    begin[r] = a;
    end_[r] = Math.max(a, Math.min(rowStart[r + 1] ?? 0, edgeCount));
  }
  // Costs C − weight; an unusable edge costs Infinity and is never taken.
  let top = 0;
  let whole = true;
  for (let e = 0; e < edgeCount; e++) {
    const w = weight[e] as number;
    const j = column[e] as number;
    if (w >= 0 && w < Number.POSITIVE_INFINITY && j >= 0 && j < m) {
      if (w > top) top = w;
      if (Math.floor(w) !== w) whole = false;
    }
  }
  const dense = denseCosts(n, m, begin, end_, column, weight, top, whole);
  if (dense !== undefined) {
    const dim = Math.max(n, m);
    const solution =
      dense instanceof Int32Array ? denseIntegerAssignment(dim, dense) : lapjvDense(dim, dense);
    const rowCol = new Int32Array(n);
    for (let r = 0; r < n; r++) {
      const j = solution[r] as number;
      rowCol[r] = j < m ? j : -1;
    }
    return finish(n, m, rowCol, begin, end_, column, weight);
  }
  const cost = new Float64Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const w = weight[e] as number;
    const j = column[e] as number;
    cost[e] =
      w >= 0 && w < Number.POSITIVE_INFINITY && j >= 0 && j < m
        ? top - w
        : Number.POSITIVE_INFINITY;
  }
  const C = top;
  const total = m + n;
  const u = new Float64Array(n);
  const v = new Float64Array(total);
  const colRow = new Int32Array(total).fill(-1);
  const rowCol = new Int32Array(n).fill(-1);
  // Row reduction: u = the cheapest cost; assign when that column is free.
  for (let r = 0; r < n; r++) {
    let best = C;
    let bestCol = m + r;
    for (let e = begin[r] as number, stop = end_[r] as number; e < stop; e++) {
      const c = cost[e] as number;
      const j = column[e] as number;
      // Ties go to a free column first, then to the smaller one.
      const better =
        c < best ||
        (c === best &&
          (colRow[bestCol] === -1
            ? colRow[j] === -1 && j < bestCol
            : colRow[j] === -1 || j < bestCol));
      if (better) {
        best = c;
        bestCol = j;
      }
    }
    u[r] = best;
    if (colRow[bestCol] === -1) {
      colRow[bestCol] = r;
      rowCol[r] = bestCol;
    }
  }
  const dist = new Float64Array(total).fill(Number.POSITIVE_INFINITY);
  const pred = new Int32Array(total);
  const done = new Uint8Array(total);
  const rowD = new Float64Array(n);
  const touched = new Int32Array(total);
  const finalCols = new Int32Array(total);
  const reached = new Int32Array(n);
  const heap = new MinHeap();
  for (let s = 0; s < n; s++) {
    if (rowCol[s] !== -1) continue;
    let nTouched = 0;
    let nFinal = 0;
    let nReached = 0;
    heap.clear();
    // Scans a row reached at distance dr (the smallest so far). A free column at that
    // same distance ends the search at once: no path can be shorter. Returns it, or -1.
    const scan = (r: number, dr: number): number => {
      const ur = u[r] as number;
      for (let e = begin[r] as number, stop = end_[r] as number; e < stop; e++) {
        const j = column[e] as number;
        if (done[j] === 1) continue;
        const nd = dr + (cost[e] as number) - ur - (v[j] as number);
        if (nd < (dist[j] as number)) {
          if (dist[j] === Number.POSITIVE_INFINITY) touched[nTouched++] = j;
          dist[j] = nd;
          pred[j] = r;
          if (nd <= dr && colRow[j] === -1) {
            done[j] = 1;
            finalCols[nFinal++] = j;
            return j;
          }
          heap.push(nd, colRow[j] === -1 ? j : j + total);
        }
      }
      const d = m + r;
      const nd = dr + C - ur - (v[d] as number);
      if (done[d] === 0 && nd < (dist[d] as number)) {
        if (dist[d] === Number.POSITIVE_INFINITY) touched[nTouched++] = d;
        dist[d] = nd;
        pred[d] = r;
        heap.push(nd, colRow[d] === -1 ? d : d + total);
      }
      return -1;
    };
    rowD[s] = 0;
    reached[nReached++] = s;
    let end = scan(s, 0);
    while (end === -1 && heap.size > 0) {
      const d = heap.keys[0] as number;
      const item = heap.items[0] as number;
      const j = item >= total ? item - total : item;
      heap.pop();
      if (done[j] === 1 || d > (dist[j] as number)) continue;
      done[j] = 1;
      finalCols[nFinal++] = j;
      const owner = colRow[j] as number;
      if (owner === -1) {
        end = j;
        break;
      }
      rowD[owner] = d;
      reached[nReached++] = owner;
      end = scan(owner, d);
    }
    // The row's own "unassigned" column is always reachable, so a path exists.
    const D = dist[end] as number;
    for (let i = 0; i < nFinal; i++) {
      const j = finalCols[i] as number;
      v[j] = (v[j] as number) - (D - (dist[j] as number));
    }
    for (let i = 0; i < nReached; i++) {
      const r = reached[i] as number;
      u[r] = (u[r] as number) + (D - (rowD[r] as number));
    }
    let j = end;
    for (;;) {
      const r = pred[j] as number;
      const previous = rowCol[r] as number;
      rowCol[r] = j;
      colRow[j] = r;
      if (r === s) break;
      j = previous;
    }
    for (let i = 0; i < nTouched; i++) {
      const t = touched[i] as number;
      dist[t] = Number.POSITIVE_INFINITY;
      done[t] = 0;
    }
  }
  return finish(n, m, rowCol, begin, end_, column, weight);
}

function finish(
  n: number,
  m: number,
  rowCol: Int32Array,
  begin: Int32Array,
  end: Int32Array,
  column: Int32Array,
  weight: Float64Array,
): AssignmentSolution {
  const rowToColumn = new Int32Array(n).fill(-1);
  let sum = 0;
  for (let r = 0; r < n; r++) {
    const j = rowCol[r] as number;
    if (j < 0 || j >= m) continue;
    let best = Number.NEGATIVE_INFINITY;
    for (let e = begin[r] as number; e < (end[r] as number); e++) {
      const w = weight[e] as number;
      if (column[e] === j && w >= 0 && w < Number.POSITIVE_INFINITY) best = Math.max(best, w);
    }
    rowToColumn[r] = j;
    sum += best;
  }
  return { rowToColumn, total: sum };
}

/**
 * When every row has a usable edge to every column (a complete graph), the costs
 * `top − weight` (the cheapest of parallel edges) as a square matrix padded with zeros:
 * 32-bit integers when every weight is a whole number and `top` is at most 2^30,
 * otherwise doubles; undefined when the graph is not complete. With weights ≥ 0 on a
 * complete graph, a perfect matching of the padded square is a maximum-weight assignment.
 */
function denseCosts(
  n: number,
  m: number,
  begin: Int32Array,
  end: Int32Array,
  column: Int32Array,
  weight: Float64Array,
  top: number,
  whole: boolean,
): Int32Array | Float64Array | undefined {
  const side = Math.max(n, m);
  if (n < 2 || m < 2 || side * side > 16_000_000) return undefined;
  let edges = 0;
  for (let r = 0; r < n; r++) edges += (end[r] as number) - (begin[r] as number);
  if (edges < n * m) return undefined;
  // -1 marks a cell without an edge yet (costs are ≥ 0).
  const matrix =
    whole && top <= 1_073_741_824 ? new Int32Array(side * side) : new Float64Array(side * side);
  matrix.fill(-1, 0, n * side);
  let filled = 0;
  for (let r = 0; r < n; r++) {
    const base = r * side;
    for (let e = begin[r] as number; e < (end[r] as number); e++) {
      const w = weight[e] as number;
      const j = column[e] as number;
      if (!(w >= 0 && w < Number.POSITIVE_INFINITY && j >= 0 && j < m)) continue;
      const c = top - w;
      const old = matrix[base + j] as number;
      if (old < 0) {
        filled++;
        matrix[base + j] = c;
      } else if (c < old) matrix[base + j] = c;
    }
    matrix.fill(0, base + m, base + side);
  }
  return filled === n * m ? matrix : undefined;
}
