/**
 * The k best of n items by score (higher first; ties keep the input order), skipping
 * scores below 0, in one pass with a sorted buffer of k.
 *
 * @internal
 */
export function topK(
  n: number,
  k: number,
  scoreAt: (i: number) => number,
): Array<[number, number]> {
  const size = Math.max(0, Math.min(Math.floor(k) || 0, n));
  const scores = new Float64Array(size);
  const indices = new Int32Array(size);
  let filled = 0;
  for (let i = 0; i < n; i++) {
    const s = scoreAt(i);
    if (s < 0) continue;
    if (filled === size && (size === 0 || s <= (scores[size - 1] ?? 0))) continue;
    let j = filled < size ? filled++ : size - 1;
    while (j > 0 && (scores[j - 1] ?? 0) < s) {
      scores[j] = scores[j - 1] ?? 0;
      indices[j] = indices[j - 1] ?? 0;
      j--;
    }
    scores[j] = s;
    indices[j] = i;
  }
  return Array.from({ length: filled }, (_, i) => [indices[i] ?? 0, scores[i] ?? 0]);
}
