/**
 * A binary min-heap of (key, item) with ties to the smaller item, over typed arrays
 * that grow; stale entries are skipped by the caller (lazy deletion).
 *
 * @internal
 */
export class MinHeap {
  keys = new Float64Array(1024);
  items = new Int32Array(1024);
  size = 0;

  clear(): void {
    this.size = 0;
  }

  push(key: number, item: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const items = new Int32Array(this.size * 2);
      items.set(this.items);
      this.items = items;
    }
    const { keys, items } = this;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pk = keys[p] as number;
      if (pk < key || (pk === key && (items[p] as number) <= item)) break;
      keys[i] = pk;
      items[i] = items[p] as number;
      i = p;
    }
    keys[i] = key;
    items[i] = item;
  }

  /** Removes the smallest; read `topKey`/`topItem` before. */
  pop(): void {
    const { keys, items } = this;
    const n = --this.size;
    if (n === 0) return;
    const key = keys[n] as number;
    const item = items[n] as number;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (
        r < n &&
        ((keys[r] as number) < (keys[c] as number) ||
          ((keys[r] as number) === (keys[c] as number) &&
            (items[r] as number) < (items[c] as number)))
      )
        c = r;
      const ck = keys[c] as number;
      if (key < ck || (key === ck && item <= (items[c] as number))) break;
      keys[i] = ck;
      items[i] = items[c] as number;
      i = c;
    }
    keys[i] = key;
    items[i] = item;
  }
}
