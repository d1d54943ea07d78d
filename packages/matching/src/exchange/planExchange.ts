import type { MunicipalityCode } from '@stadig/core';
import type { PreparedCase, PreparedOffer } from '../score/Prepared';
import { scorePrepared } from '../score/scorePrepared';
import type { ExchangeCaseOutcome, ExchangeOptions, ExchangePlan, Placement } from './ExchangePlan';
import { exchangeReasons } from './exchangeReasons';
import { FlowNetwork } from './FlowNetwork';

const code = (n: number) => String(n).padStart(4, '0') as MunicipalityCode;
const whole = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? Math.trunc(x) : 0);

/**
 * Plans placements of households that must leave their municipality into offers across
 * municipalities: it places as many households as possible (then, among such plans,
 * the highest total score) while every municipality's balance (the carried ledger plus
 * received minus sent) stays within the tolerance; a municipality already outside it
 * may not move further out. Only feasible pairs are planned. Exchanges clear through
 * the shared ledger: each placement stands alone, never linked to another as a two-way
 * swap, since a swap ties both survivors' origins and destinations together. Exact: a
 * min-cost flow in which municipalities exchange through the ledger. Never throws.
 *
 * @param cases - cases from `prepareCase`; their municipality is where they leave from
 * @param offers - offers from `prepareOffer`, prepared with the same options
 * @param options - the carried ledger and the tolerance
 * @returns the placements, the updated ledger and a reason for every case
 *
 * @example
 * ```ts
 * const plan = planExchange(cases, offers, { ledger: { '1480': 2 }, tolerance: 1 });
 * plan.cases.every((c) => c.placed === (c.reason === 'placed'));
 * //=> true
 * ```
 */
export function planExchange(
  cases: readonly PreparedCase[],
  offers: readonly PreparedOffer[],
  options: ExchangeOptions = {},
): ExchangePlan {
  const tolerance = Math.max(0, whole(options.tolerance ?? 2));
  const ledger = new Map<number, number>();
  for (const [key, value] of Object.entries(options.ledger ?? {})) {
    if (/^\d{4}$/.test(key)) ledger.set(Number(key), whole(value));
  }
  const munis = [
    ...new Set([...cases.map((c) => c.home), ...offers.map((o) => o.municipality)]),
  ].sort((a, b) => a - b);
  const muniIndex = new Map(munis.map((m, i) => [m, i]));
  const n = cases.length;
  const m = offers.length;
  // Nodes: source, sink, the ledger hub, municipalities, cases, offers.
  const SRC = 0;
  const SNK = 1;
  const HUB = 2;
  const muniNode = (i: number) => 3 + i;
  const caseNode = (i: number) => 3 + munis.length + i;
  const offerNode = (j: number) => 3 + munis.length + n + j;
  const net = new FlowNetwork(3 + munis.length + n + m);
  const big = 100 * n + 1;
  const sent = new Map<number, number>();
  const scores: number[][] = [];
  const pairEdges: { edge: number; j: number }[][] = [];
  cases.forEach((c, i) => {
    const origin = muniNode(muniIndex.get(c.home) ?? 0);
    sent.set(c.home, (sent.get(c.home) ?? 0) + 1);
    net.addEdge(SRC, caseNode(i), 1, 0);
    // Each case starts as sent from its municipality; this edge undoes that (not placed).
    net.addEdge(caseNode(i), origin, 1, big);
    const row: number[] = [];
    const edges: { edge: number; j: number }[] = [];
    offers.forEach((o, j) => {
      const s = scorePrepared(c, o);
      row.push(s);
      if (s >= 0) edges.push({ edge: net.addEdge(caseNode(i), offerNode(j), 1, 100 - s), j });
    });
    scores.push(row);
    pairEdges.push(edges);
  });
  offers.forEach((o, j) => {
    net.addEdge(offerNode(j), muniNode(muniIndex.get(o.municipality) ?? 0), 1, 0);
  });
  munis.forEach((mu, i) => {
    const carried = ledger.get(mu) ?? 0;
    const hi = Math.max(0, tolerance - carried);
    const lo = Math.min(0, -tolerance - carried);
    if (hi > 0) net.addEdge(muniNode(i), HUB, hi, 0);
    if (lo < 0) net.addEdge(HUB, muniNode(i), -lo, 0);
    const out = sent.get(mu) ?? 0;
    if (out > 0) net.addEdge(muniNode(i), SNK, out, 0);
  });
  net.run(SRC, SNK, n);
  const placements: Placement[] = [];
  const outcomes: ExchangeCaseOutcome[] = [];
  const taken = new Uint8Array(m);
  const chosen = pairEdges.map((edges) => edges.find((e) => net.flow(e.edge) > 0)?.j ?? -1);
  for (const j of chosen) if (j >= 0) taken[j] = 1;
  const balance = new Map(ledger);
  cases.forEach((c, i) => {
    const j = chosen[i] ?? -1;
    if (j >= 0) {
      const o = offers[j] as PreparedOffer;
      placements.push({
        caseId: c.id,
        offerId: o.id,
        from: code(c.home),
        to: code(o.municipality),
        score: scores[i]?.[j] ?? 0,
      });
      balance.set(c.home, (balance.get(c.home) ?? 0) - 1);
      balance.set(o.municipality, (balance.get(o.municipality) ?? 0) + 1);
      outcomes.push({ caseId: c.id, placed: true, reason: 'placed', text: exchangeReasons.placed });
      return;
    }
    const feasible = pairEdges[i] ?? [];
    const reason =
      feasible.length === 0
        ? 'no-feasible-offer'
        : feasible.some((e) => taken[e.j] === 0)
          ? 'balance'
          : 'offers-taken';
    outcomes.push({ caseId: c.id, placed: false, reason, text: exchangeReasons[reason] });
  });
  const updated: Record<string, number> = {};
  for (const key of [...balance.keys()].sort((a, b) => a - b))
    updated[code(key)] = balance.get(key) ?? 0;
  return { placements, ledger: updated, cases: outcomes, tolerance };
}
