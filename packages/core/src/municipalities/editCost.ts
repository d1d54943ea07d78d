/**
 * The weighted optimal-string-alignment (restricted Damerau-Levenshtein) distance
 * between two normalised names, in half letters: inserting, deleting or changing a
 * letter and swapping two neighbours cost 2; changing a letter only in its diacritics
 * (a → å, o → ö) costs 1, so that "Malmo" is nearer to "Malmö" than "Malma" is.
 * Stops early: any result above `limit` is returned as `limit + 1`.
 *
 * @param a - a normalised name
 * @param aFolded - `foldDiacritics(a)`
 * @param b - another normalised name
 * @param bFolded - `foldDiacritics(b)`
 * @param limit - the largest cost of interest, in half letters
 * @param rows - three scratch rows of at least `b.length + 1` cells, to reuse between calls
 * @returns the cost in half letters, at most `limit + 1`
 *
 * @example
 * ```ts
 * editCost('norrälje', 'norralje', 'norrtälje', 'norrtalje', 4);
 * //=> 2
 * editCost('malmo', 'malmo', 'malmö', 'malmo', 4);
 * //=> 1
 * ```
 */
export function editCost(
  a: string,
  aFolded: string,
  b: string,
  bFolded: string,
  limit: number,
  rows: readonly [Int32Array, Int32Array, Int32Array] = scratchRows(b.length),
): number {
  const n = b.length;
  const m = a.length;
  const big = limit + 1;
  // Each step off the diagonal costs 2: cells further than `band` from it exceed `limit`.
  const band = limit >> 1;
  if (Math.abs(m - n) > band) return big;
  let [before, previous, current] = rows[0].length > n ? rows : scratchRows(n);
  for (let j = 0; j <= n; j++) previous[j] = j * 2;
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(1, i - band);
    const hi = Math.min(n, i + band);
    const first = lo === 1 ? i * 2 : big;
    current[lo - 1] = first;
    if (hi < n) current[hi + 1] = big;
    const ai = a.charCodeAt(i - 1);
    const aiFolded = aFolded.charCodeAt(i - 1);
    const aBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    let rowMin = first;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      const substitution = ai === bj ? 0 : aiFolded === bFolded.charCodeAt(j - 1) ? 1 : 2;
      let cost = (previous[j - 1] ?? big) + substitution;
      const deletion = (previous[j] ?? big) + 2;
      if (deletion < cost) cost = deletion;
      const insertion = (current[j - 1] ?? big) + 2;
      if (insertion < cost) cost = insertion;
      if (j > 1 && ai === b.charCodeAt(j - 2) && aBefore === bj) {
        const transposition = (before[j - 2] ?? big) + 2;
        if (transposition < cost) cost = transposition;
      }
      current[j] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    if (rowMin > limit) return big;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[n] ?? big, big);
}

/**
 * Three scratch rows for {@link editCost}, for names of up to `length` characters.
 *
 * @param length - the longest second name to compare
 * @returns fresh rows
 *
 * @example
 * ```ts
 * scratchRows(15)[0].length;
 * //=> 16
 * ```
 */
export function scratchRows(length: number): [Int32Array, Int32Array, Int32Array] {
  return [new Int32Array(length + 1), new Int32Array(length + 1), new Int32Array(length + 1)];
}
