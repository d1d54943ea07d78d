import { defaultWeights, type MatchWeights, scoreComponents } from './vocabulary';

/**
 * The component ids in their fixed order.
 *
 * @internal
 */
export const componentIds = /* @__PURE__ */ (() =>
  Object.keys(scoreComponents) as (keyof typeof scoreComponents)[])();

/**
 * Whole points per component that add up to exactly 100: the weights (missing,
 * negative or non-finite ones read as the default, or 0 when negative) are scaled
 * to 100 and rounded by the largest remainder, ties to the earlier component. All
 * zero falls back to the defaults.
 *
 * @internal
 */
export function pointsFromWeights(weights: Partial<MatchWeights> | undefined): Int32Array {
  const raw = componentIds.map((id) => {
    const w = weights?.[id];
    if (w === undefined) return defaultWeights[id];
    return typeof w === 'number' && Number.isFinite(w) && w > 0 ? Math.min(w, 1e9) : 0;
  });
  const sum = raw.reduce((a, b) => a + b, 0);
  const scaled =
    sum > 0 ? raw.map((w) => (w * 100) / sum) : componentIds.map((id) => defaultWeights[id]);
  const points = new Int32Array(scaled.map((x) => Math.floor(x)));
  let left = 100 - points.reduce((a, b) => a + b, 0);
  const order = scaled
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    points[i] = (points[i] ?? 0) + 1;
    left--;
  }
  return points;
}
