/**
 * Jonker–Volgenant (LAPJV) for a dense square cost matrix (row-major, all finite; the
 * matrix is changed in place): row minima subtracted, column reduction (ties to a row
 * without a column) with reduction transfer, two rounds of augmenting row reduction,
 * then shortest augmenting paths over arrays. Minimises the total cost; returns the
 * column of each row. Ties go to the smaller column.
 *
 * @internal
 */
export function lapjvDense(dim: number, cost: Float64Array): Int32Array {
  const rowsol = new Int32Array(dim).fill(-1);
  const colsol = new Int32Array(dim).fill(-1);
  const v = new Float64Array(dim);
  const matches = new Int32Array(dim);
  const free = new Int32Array(dim);
  // Subtract each row's minimum first (the same assignment stays optimal): a cost that
  // depends on the row alone, such as a case's priority, would otherwise make one row
  // the cheapest of every column and leave almost every row for the slow phase.
  for (let i = 0; i < dim; i++) {
    const base = i * dim;
    let min = Number.POSITIVE_INFINITY;
    for (let j = 0; j < dim; j++) min = Math.min(min, cost[base + j] as number);
    for (let j = 0; j < dim; j++) cost[base + j] = (cost[base + j] as number) - min;
  }
  // Column reduction: the cheapest row of each column (row-major for the cache; ties
  // to the smaller row), then columns from the last assign their row if it has none.
  const imins = new Int32Array(dim);
  v.fill(Number.POSITIVE_INFINITY);
  for (let i = 0; i < dim; i++) {
    const base = i * dim;
    for (let j = 0; j < dim; j++) {
      const c = cost[base + j] as number;
      if (c < (v[j] as number)) {
        v[j] = c;
        imins[j] = i;
      }
    }
  }
  for (let j = dim - 1; j >= 0; j--) {
    // Among rows tied for the minimum, take one that has no column yet.
    const min = v[j] as number;
    let imin = imins[j] as number;
    if (matches[imin] !== 0) {
      for (let i = imin + 1; i < dim; i++) {
        if (matches[i] === 0 && cost[i * dim + j] === min) {
          imin = i;
          break;
        }
      }
    }
    matches[imin] = (matches[imin] as number) + 1;
    if (matches[imin] === 1) {
      rowsol[imin] = j;
      colsol[j] = imin;
    }
  }
  // Reduction transfer.
  let numfree = 0;
  for (let i = 0; i < dim; i++) {
    if (matches[i] === 0) free[numfree++] = i;
    else if (matches[i] === 1) {
      const j1 = rowsol[i] as number;
      let min = Number.POSITIVE_INFINITY;
      const base = i * dim;
      for (let j = 0; j < dim; j++) {
        if (j === j1) continue;
        const h = (cost[base + j] as number) - (v[j] as number);
        if (h < min) min = h;
      }
      if (min < Number.POSITIVE_INFINITY) v[j1] = (v[j1] as number) - min;
    }
  }
  // Augmenting row reduction, twice, with a budget: with real-valued costs rows can
  // push each other out many times over tiny price steps; the rest is left to the
  // shortest augmenting paths, which are exact anyway.
  let budget = 4 * dim;
  for (let loop = 0; loop < 2; loop++) {
    let k = 0;
    const previous = numfree;
    numfree = 0;
    while (k < previous) {
      if (budget-- <= 0) {
        while (k < previous) free[numfree++] = free[k++] as number;
        break;
      }
      const i = free[k++] as number;
      const base = i * dim;
      let umin = (cost[base] as number) - (v[0] as number);
      let j1 = 0;
      let j2 = -1;
      let usubmin = Number.POSITIVE_INFINITY;
      for (let j = 1; j < dim; j++) {
        const h = (cost[base + j] as number) - (v[j] as number);
        if (h < usubmin) {
          if (h >= umin) {
            usubmin = h;
            j2 = j;
          } else {
            usubmin = umin;
            umin = h;
            j2 = j1;
            j1 = j;
          }
        }
      }
      let i0 = colsol[j1] as number;
      if (umin < usubmin) v[j1] = (v[j1] as number) - (usubmin - umin);
      else if (i0 >= 0 && j2 >= 0) {
        j1 = j2;
        i0 = colsol[j2] as number;
      }
      rowsol[i] = j1;
      colsol[j1] = i;
      if (i0 >= 0) {
        rowsol[i0] = -1;
        if (umin < usubmin) free[--k] = i0;
        else free[numfree++] = i0;
      }
    }
  }
  // Shortest augmenting paths.
  const d = new Float64Array(dim);
  const pred = new Int32Array(dim);
  const collist = new Int32Array(dim);
  for (let f = 0; f < numfree; f++) {
    const freerow = free[f] as number;
    const fbase = freerow * dim;
    for (let j = 0; j < dim; j++) {
      d[j] = (cost[fbase + j] as number) - (v[j] as number);
      pred[j] = freerow;
      collist[j] = j;
    }
    let low = 0;
    let up = 0;
    let last = 0;
    let min = 0;
    let endofpath = -1;
    while (endofpath === -1) {
      if (up === low) {
        last = low - 1;
        min = d[collist[up++] as number] as number;
        for (let k = up; k < dim; k++) {
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
            endofpath = j;
            break;
          }
        }
      }
      if (endofpath === -1) {
        const j1 = collist[low++] as number;
        const i = colsol[j1] as number;
        const base = i * dim;
        const h = (cost[base + j1] as number) - (v[j1] as number) - min;
        for (let k = up; k < dim; k++) {
          const j = collist[k] as number;
          const v2 = (cost[base + j] as number) - (v[j] as number) - h;
          if (v2 < (d[j] as number)) {
            pred[j] = i;
            if (v2 === min) {
              if (colsol[j] === -1) {
                endofpath = j;
                break;
              }
              collist[k] = collist[up] as number;
              collist[up++] = j;
            }
            d[j] = v2;
          }
        }
      }
    }
    for (let k = 0; k <= last; k++) {
      const j1 = collist[k] as number;
      v[j1] = (v[j1] as number) + (d[j1] as number) - min;
    }
    for (;;) {
      const i = pred[endofpath] as number;
      colsol[endofpath] = i;
      const j1 = endofpath;
      endofpath = rowsol[i] as number;
      rowsol[i] = j1;
      if (i === freerow) break;
    }
  }
  return rowsol;
}
