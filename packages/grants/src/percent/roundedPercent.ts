/**
 * `part` as a whole percentage of `whole`, rounded to the nearest integer with halves
 * rounded up: the rule that reproduces every published share in Bilaga 1 of seed 004
 * (floor misses 7 rows, ceiling 3; no row falls on a half, so the half rule is a
 * choice). Exact integer arithmetic (BigInt): no float drift. `null` when `whole` is
 * not positive or an argument is not a non-negative safe integer. Never throws.
 *
 * @param part - the part, such as the unused amount in öre
 * @param whole - the whole, such as the granted amount in öre
 * @returns the rounded percentage, or `null`
 *
 * @example
 * ```ts
 * roundedPercent(18534, 278640); // Danderyd: 6.65 %
 * //=> 7
 * roundedPercent(3119562, 21117795); // the 2023 total: 14.77 %
 * //=> 15
 * roundedPercent(1, 0);
 * //=> null
 * ```
 */
export function roundedPercent(part: number, whole: number): number | null {
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole)) return null;
  if (whole <= 0 || part < 0) return null;
  const p = BigInt(part);
  const w = BigInt(whole);
  return Number((200n * p + w) / (2n * w));
}
