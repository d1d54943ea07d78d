/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same
 * sequence of numbers in [0, 1), on every platform. Not for cryptography.
 *
 * @param seed - any integer
 * @returns a function giving the next number
 *
 * @example
 * ```ts
 * const next = mulberry32(42);
 * next() === mulberry32(42)();
 * //=> true
 * ```
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
