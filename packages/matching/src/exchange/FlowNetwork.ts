import { MinHeap } from '../assign/MinHeap';

/**
 * A small min-cost flow network: edges with whole-number capacities and costs ≥ 0
 * (residual edges may be negative), solved by successive shortest paths with Dijkstra
 * and potentials, one unit at a time. Deterministic: ties go to the smaller node.
 *
 * @internal
 */
export class FlowNetwork {
  private readonly head: Int32Array;
  private to: number[] = [];
  private cap: number[] = [];
  private cost: number[] = [];
  private next: number[] = [];

  constructor(readonly nodes: number) {
    this.head = new Int32Array(nodes).fill(-1);
  }

  /** Adds an edge and its residual twin; returns the edge's index. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    const e = this.to.length;
    this.to.push(to, from);
    this.cap.push(capacity, 0);
    this.cost.push(cost, -cost);
    this.next.push(this.head[from] as number, this.head[to] as number);
    this.head[from] = e;
    this.head[to] = e + 1;
    return e;
  }

  /** The flow on an edge added by {@link addEdge}. */
  flow(edge: number): number {
    return this.cap[edge + 1] ?? 0;
  }

  /** Sends up to `limit` units from s to t at the least cost; returns the units sent. */
  run(s: number, t: number, limit: number): number {
    const n = this.nodes;
    const { to, cap, cost, next, head } = this;
    const pot = new Float64Array(n);
    const dist = new Float64Array(n);
    const via = new Int32Array(n);
    const heap = new MinHeap();
    let sent = 0;
    while (sent < limit) {
      dist.fill(Number.POSITIVE_INFINITY);
      dist[s] = 0;
      heap.clear();
      heap.push(0, s);
      while (heap.size > 0) {
        const d = heap.keys[0] as number;
        const u = heap.items[0] as number;
        heap.pop();
        if (d > (dist[u] as number)) continue;
        for (let e = head[u] as number; e !== -1; e = next[e] as number) {
          if ((cap[e] as number) <= 0) continue;
          const v = to[e] as number;
          const nd = d + (cost[e] as number) + (pot[u] as number) - (pot[v] as number);
          if (nd < (dist[v] as number)) {
            dist[v] = nd;
            via[v] = e;
            heap.push(nd, v);
          }
        }
      }
      const dt = dist[t] as number;
      if (dt === Number.POSITIVE_INFINITY) break;
      for (let v = 0; v < n; v++) pot[v] = (pot[v] as number) + Math.min(dist[v] as number, dt);
      for (let v = t; v !== s; ) {
        const e = via[v] as number;
        cap[e] = (cap[e] as number) - 1;
        cap[e ^ 1] = (cap[e ^ 1] as number) + 1;
        v = to[e ^ 1] as number;
      }
      sent++;
    }
    return sent;
  }
}
