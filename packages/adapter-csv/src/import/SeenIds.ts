/** The table grows when it is fuller than this. */
const MAX_LOAD = 0.7;
const INITIAL_CAPACITY = 1024;

/**
 * The external ids an import has already taken, remembered as 64-bit fingerprints with
 * the row each came from, so that a second record with the same id in one file is
 * found. No id is kept: a million ids take 24 MB in typed arrays (three 32-bit numbers
 * a slot, at most 70 % full), hold no text of the file, and keep no chunk of it alive.
 * Two different ids share a fingerprint with a chance of about n² / 2⁶⁵ (one in 37
 * million for a file of a million ids); the later row is then reported as a duplicate,
 * rejected and counted, never silently lost.
 *
 * @internal
 * @example
 * ```ts
 * const seen = new SeenIds();
 * seen.add('case-1', 2);
 * //=> 0
 * seen.add('case-1', 7);
 * //=> 2
 * ```
 */
export class SeenIds {
  private hi = new Int32Array(INITIAL_CAPACITY);
  private lo = new Int32Array(INITIAL_CAPACITY);
  /** The row of each slot; 0 for an empty slot (rows are numbered from 1). */
  private rows = new Int32Array(INITIAL_CAPACITY);
  private size = 0;

  /**
   * Remembers `id` as taken by `row` (≥ 1), unless it was taken before.
   *
   * @returns 0 when `id` is new; else the row that took it first
   */
  add(id: string, row: number): number {
    if ((this.size + 1) / this.rows.length > MAX_LOAD) this.grow();
    // Two independent 32-bit hashes of the UTF-16 code units: FNV-1a and a
    // multiply-rotate hash with another seed.
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35) ^ id.length;
    return this.insert(a | 0, b | 0, row);
  }

  private insert(a: number, b: number, row: number): number {
    const mask = this.rows.length - 1;
    for (let slot = (a ^ Math.imul(b, 0x9e3779b1)) & mask; ; slot = (slot + 1) & mask) {
      const taken = this.rows[slot] as number;
      if (taken === 0) {
        this.hi[slot] = a;
        this.lo[slot] = b;
        this.rows[slot] = row;
        this.size++;
        return 0;
      }
      if (this.hi[slot] === a && this.lo[slot] === b) return taken;
    }
  }

  private grow(): void {
    const { hi, lo, rows } = this;
    this.hi = new Int32Array(rows.length * 2);
    this.lo = new Int32Array(rows.length * 2);
    this.rows = new Int32Array(rows.length * 2);
    this.size = 0;
    for (let slot = 0; slot < rows.length; slot++) {
      const row = rows[slot] as number;
      if (row !== 0) this.insert(hi[slot] as number, lo[slot] as number, row);
    }
  }
}
