/**
 * An exact minimum-cost perfect assignment for a dense square matrix of whole-number
 * costs (row-major, every value an integer from 0 to 2^30; the matrix is changed in
 * place). Built for costs with few distinct values and many ties, such as match scores:
 *
 * 1. The costs are divided by the greatest common divisor of their differences (the
 *    same assignments stay optimal), so that one unit is the smallest step that matters.
 * 2. A forward auction with ε-scaling (Bertsekas) down to ε = 1 finds prices close to
 *    optimal duals cheaply: each free row bids for its cheapest column; in the last
 *    round a bid raises the price only to the second-cheapest column (at least by 1),
 *    so that most assigned pairs end up tight. The auction has a budget of bids; it only
 *    supplies a starting point.
 * 3. An exact primal–dual (Hungarian) finish from those prices: row potentials are the
 *    row minima, an assigned pair is kept only when its reduced cost is 0, then
 *    (a) a maximum matching in the graph of tight pairs (reduced cost 0), by augmenting
 *        paths with a look-ahead for a free column, and (b) while rows are still free,
 *        one shortest-path search from all free rows at once (Dijkstra over the dense
 *        matrix, collecting every column at the current minimum together, as in LAPJV),
 *        a potential update, and the augmentation of the path found; back to (a).
 *
 * Every step works on integers held exactly in doubles, so ties are exact and the
 * result is optimal. Deterministic: rows, columns and bids are taken in index order.
 * Returns the column of each row.
 *
 * @internal
 */
export function denseIntegerAssignment(dim: number, cost: Int32Array): Int32Array {
  const n = dim;
  const rowsol = new Int32Array(n).fill(-1);
  if (n <= 0) return rowsol;
  if (n === 1) {
    rowsol[0] = 0;
    return rowsol;
  }
  const range = normalise(n, cost);
  if (range === 0) {
    for (let i = 0; i < n; i++) rowsol[i] = i;
    return rowsol;
  }
  const colsol = new Int32Array(n).fill(-1);
  const price = new Float64Array(n);
  auction(n, cost, range, price, rowsol, colsol);
  return hungarianFinish(n, cost, price, rowsol, colsol);
}

/** Subtracts the minimum and divides by the gcd of what is left; returns the new maximum. */
function normalise(n: number, cost: Int32Array): number {
  const size = n * n;
  let min = cost[0] as number;
  let max = min;
  for (let k = 1; k < size; k++) {
    const c = cost[k] as number;
    if (c < min) min = c;
    else if (c > max) max = c;
  }
  let g = 0;
  for (let k = 0; k < size && g !== 1; k++) {
    let a = (cost[k] as number) - min;
    let b = g;
    while (b !== 0) {
      const t = a % b;
      a = b;
      b = t;
    }
    g = a;
  }
  if (g === 0) return 0;
  if (g === 1) {
    if (min !== 0) for (let k = 0; k < size; k++) cost[k] = (cost[k] as number) - min;
    return max - min;
  }
  for (let k = 0; k < size; k++) cost[k] = ((cost[k] as number) - min) / g;
  return (max - min) / g;
}

/** How much ε shrinks from one auction round to the next. */
const THETA = 4;
/** The first ε is the range over this (measured on match scores and random matrices). */
const FIRST = 16;

/**
 * Forward auction (minimising cost + price) with ε-scaling from range / FIRST down to 1.
 * Leaves the prices and the last assignment (some rows may be free if the budget ran out).
 */
function auction(
  n: number,
  cost: Int32Array,
  range: number,
  price: Float64Array,
  rowsol: Int32Array,
  colsol: Int32Array,
): void {
  const queue = new Int32Array(n);
  let budget = 100 * n;
  let eps = Math.max(1, Math.floor(range / FIRST));
  for (;;) {
    rowsol.fill(-1);
    colsol.fill(-1);
    for (let i = 0; i < n; i++) queue[i] = i;
    let head = 0;
    let count = n;
    const last = eps === 1;
    while (count > 0) {
      if (budget-- <= 0) return;
      const i = queue[head] as number;
      head = head + 1 === n ? 0 : head + 1;
      count--;
      const base = i * n;
      let b1 = (cost[base] as number) + (price[0] as number);
      let b2 = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j < n; j++) {
        const h = (cost[base + j] as number) + (price[j] as number);
        if (h < b2) {
          if (h < b1) {
            b2 = b1;
            b1 = h;
            j1 = j;
          } else b2 = h;
        }
      }
      // The last round raises the price to the second-best level (at least by 1), so
      // the pair stays tight unless the two were tied.
      const step = last ? Math.max(b2 - b1, 1) : b2 - b1 + eps;
      price[j1] = (price[j1] as number) + step;
      const previous = colsol[j1] as number;
      colsol[j1] = i;
      rowsol[i] = j1;
      if (previous >= 0) {
        rowsol[previous] = -1;
        let tail = head + count;
        if (tail >= n) tail -= n;
        queue[tail] = previous;
        count++;
      }
    }
    if (last) return;
    eps = Math.max(1, Math.floor(eps / THETA));
  }
}

/** The exact finish: tight matching and multi-source shortest paths, from the prices. */
function hungarianFinish(
  n: number,
  cost: Int32Array,
  price: Float64Array,
  rowsol: Int32Array,
  colsol: Int32Array,
): Int32Array {
  const u = new Float64Array(n);
  const v = new Float64Array(n);
  for (let j = 0; j < n; j++) v[j] = -(price[j] as number);
  const free = new Int32Array(n);
  let numfree = 0;
  colsol.fill(-1);
  for (let i = 0; i < n; i++) {
    const base = i * n;
    let min = Number.POSITIVE_INFINITY;
    for (let j = 0; j < n; j++) {
      const h = (cost[base + j] as number) - (v[j] as number);
      if (h < min) min = h;
    }
    u[i] = min;
    const j = rowsol[i] as number;
    if (j >= 0 && (cost[base + j] as number) - min - (v[j] as number) === 0) colsol[j] = i;
    else {
      rowsol[i] = -1;
      free[numfree++] = i;
    }
  }
  const s: FinishState = {
    n,
    cost,
    u,
    v,
    rowsol,
    colsol,
    free,
    numfree,
    adjStart: new Int32Array(n + 1),
    adj: new Int32Array(Math.max(64, 8 * n)),
    look: new Int32Array(n),
    pos: new Int32Array(n),
    mark: new Int32Array(n),
    stamp: 0,
    stackRow: new Int32Array(n),
    viaCol: new Int32Array(n),
    d: new Float64Array(n),
    pred: new Int32Array(n),
    collist: new Int32Array(n),
  };
  while (s.numfree > 0) {
    buildTight(s);
    matchTight(s);
    if (s.numfree === 0) break;
    shortestPathStage(s);
  }
  return rowsol;
}

interface FinishState {
  readonly n: number;
  readonly cost: Int32Array;
  readonly u: Float64Array;
  readonly v: Float64Array;
  readonly rowsol: Int32Array;
  readonly colsol: Int32Array;
  /** The free rows, in order, `numfree` of them. */
  readonly free: Int32Array;
  numfree: number;
  /** The tight pairs, as compressed rows. */
  readonly adjStart: Int32Array;
  adj: Int32Array;
  readonly look: Int32Array;
  readonly pos: Int32Array;
  readonly mark: Int32Array;
  stamp: number;
  readonly stackRow: Int32Array;
  readonly viaCol: Int32Array;
  readonly d: Float64Array;
  readonly pred: Int32Array;
  readonly collist: Int32Array;
}

/** Lists the tight pairs (reduced cost 0) of every row. */
function buildTight(s: FinishState): void {
  const { n, cost, u, v, adjStart, look } = s;
  let adj = s.adj;
  let e = 0;
  for (let i = 0; i < n; i++) {
    adjStart[i] = e;
    look[i] = e;
    const base = i * n;
    const ui = u[i] as number;
    if (e + n > adj.length) {
      const more = new Int32Array(Math.max(adj.length * 2, e + n));
      more.set(adj.subarray(0, e));
      adj = more;
    }
    for (let j = 0; j < n; j++) {
      if ((cost[base + j] as number) - ui - (v[j] as number) === 0) adj[e++] = j;
    }
  }
  adjStart[n] = e;
  s.adj = adj;
}

/**
 * A maximum matching in the tight graph from the current one: passes of depth-first
 * augmenting-path searches from every free row (a column is visited once per pass), each
 * row first looking for a free tight column, until a pass finds nothing.
 */
function matchTight(s: FinishState): void {
  const { rowsol, colsol, free, adj, adjStart, look, pos, mark, stackRow, viaCol } = s;
  for (;;) {
    const stamp = ++s.stamp;
    let kept = 0;
    let found = 0;
    const numfree = s.numfree;
    for (let f = 0; f < numfree; f++) {
      const root = free[f] as number;
      let top = 0;
      stackRow[0] = root;
      pos[root] = adjStart[root] as number;
      let end = -1;
      while (top >= 0) {
        const i = stackRow[top] as number;
        const stop = adjStart[i + 1] as number;
        // Look-ahead: a free tight column ends the path at once.
        let e = look[i] as number;
        for (; e < stop; e++) {
          const j = adj[e] as number;
          if (colsol[j] === -1 && mark[j] !== stamp) break;
        }
        look[i] = e;
        if (e < stop) {
          const j = adj[e] as number;
          mark[j] = stamp;
          viaCol[top] = j;
          end = top;
          break;
        }
        let next = -1;
        for (e = pos[i] as number; e < stop; e++) {
          const j = adj[e] as number;
          if (mark[j] !== stamp) {
            mark[j] = stamp;
            next = j;
            break;
          }
        }
        if (next === -1) {
          pos[i] = stop;
          top--;
          continue;
        }
        pos[i] = e + 1;
        viaCol[top] = next;
        const owner = colsol[next] as number;
        if (owner === -1) {
          end = top;
          break;
        }
        top++;
        stackRow[top] = owner;
        pos[owner] = adjStart[owner] as number;
      }
      if (end >= 0) {
        for (let k = 0; k <= end; k++) {
          const i = stackRow[k] as number;
          const j = viaCol[k] as number;
          rowsol[i] = j;
          colsol[j] = i;
        }
        found++;
      } else free[kept++] = root;
    }
    s.numfree = kept;
    if (found === 0 || kept === 0) return;
  }
}

/**
 * One shortest augmenting path from all free rows at once (reduced costs, dense
 * Dijkstra with LAPJV's lists of columns at the current minimum), the potential update
 * that makes it tight (reduced costs stay ≥ 0, assigned pairs stay tight), and the
 * augmentation along it.
 */
function shortestPathStage(s: FinishState): void {
  const { n, cost, u, v, rowsol, colsol, free, d, pred, collist } = s;
  const numfree = s.numfree;
  d.fill(Number.POSITIVE_INFINITY);
  for (let f = 0; f < numfree; f++) {
    const r = free[f] as number;
    const base = r * n;
    const ur = u[r] as number;
    for (let j = 0; j < n; j++) {
      const h = (cost[base + j] as number) - ur - (v[j] as number);
      if (h < (d[j] as number)) {
        d[j] = h;
        pred[j] = r;
      }
    }
  }
  for (let j = 0; j < n; j++) collist[j] = j;
  let low = 0;
  let up = 0;
  let min = 0;
  let end = -1;
  while (end === -1) {
    if (up === low) {
      min = d[collist[up++] as number] as number;
      for (let k = up; k < n; k++) {
        const j = collist[k] as number;
        const h = d[j] as number;
        if (h <= min) {
          if (h < min) {
            up = low;
            min = h;
          }
          collist[k] = collist[up] as number;
          collist[up++] = j;
        }
      }
      for (let k = low; k < up; k++) {
        const j = collist[k] as number;
        if (colsol[j] === -1) {
          end = j;
          break;
        }
      }
      if (end !== -1) break;
    }
    // Scan the row of the next column at the minimum: it is reached at distance min.
    const j1 = collist[low++] as number;
    const i = colsol[j1] as number;
    const base = i * n;
    const h = min - (u[i] as number);
    for (let k = up; k < n; k++) {
      const j = collist[k] as number;
      const dj = (cost[base + j] as number) - (v[j] as number) + h;
      if (dj < (d[j] as number)) {
        d[j] = dj;
        pred[j] = i;
        if (dj === min) {
          if (colsol[j] === -1) {
            end = j;
            break;
          }
          collist[k] = collist[up] as number;
          collist[up++] = j;
        }
      }
    }
  }
  // Potentials: every scanned column (and its row) moves by min − d; free rows by min.
  for (let k = 0; k < low; k++) {
    const j = collist[k] as number;
    const delta = min - (d[j] as number);
    v[j] = (v[j] as number) - delta;
    const i = colsol[j] as number;
    u[i] = (u[i] as number) + delta;
  }
  for (let f = 0; f < numfree; f++) {
    const r = free[f] as number;
    u[r] = (u[r] as number) + min;
  }
  let j = end;
  let root = -1;
  for (;;) {
    const i = pred[j] as number;
    const previous = rowsol[i] as number;
    rowsol[i] = j;
    colsol[j] = i;
    if (previous === -1) {
      root = i;
      break;
    }
    j = previous;
  }
  let kept = 0;
  for (let f = 0; f < numfree; f++) {
    const r = free[f] as number;
    if (r !== root) free[kept++] = r;
  }
  s.numfree = kept;
}
