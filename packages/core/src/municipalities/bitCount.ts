/**
 * The number of set bits of a 32-bit integer.
 *
 * @param value - a 32-bit integer
 * @returns how many bits are 1
 *
 * @example
 * ```ts
 * bitCount(0b1011);
 * //=> 3
 * ```
 */
export function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
