import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PreparedCase, PreparedOffer } from '../score/Prepared';
import { scorePrepared } from '../score/scorePrepared';
import type { ExchangeLedger } from './ExchangePlan';
import { exchangeReasons } from './exchangeReasons';
import { planExchange } from './planExchange';

const MUNIS = [180, 1480, 2080];
const prepCase = (
  id: string,
  home: number,
  roomsNeeded: number,
  avoid: number[],
  days: number,
): PreparedCase => ({
  id,
  home,
  canStayHome: false,
  avoidMunicipalities: Int32Array.from(avoid),
  avoidCounties: 0,
  keepAway: undefined,
  roomsNeeded,
  accessibility: 0,
  pets: false,
  protectedIdentity: false,
  income: 2_000_000,
  paymentRemarks: false,
  latestMoveIn: Number.POSITIVE_INFINITY,
  preferredMunicipalities: new Int32Array(0),
  preferredCounties: new Int32Array(0),
  hasPreferences: false,
  nearSchool: false,
  nearSupport: false,
  shelteredDays: days,
  points: Int32Array.of(30, 15, 25, 10, 20),
});
const prepOffer = (
  id: string,
  municipality: number,
  rooms: number,
  rent: number,
): PreparedOffer => ({
  id,
  municipality,
  county: Math.floor(municipality / 100),
  rooms,
  accessibility: 0,
  petsForbidden: false,
  rent,
  permanent: true,
  incomeMultiple: 0,
  noPaymentRemarks: false,
  socialContractRoute: false,
  acceptsProtectedIdentity: true,
  availableFrom: 0,
  location: undefined,
  schoolKm: -1,
  supportKm: -1,
});

const instance = fc.record({
  cases: fc.array(
    fc.record({
      home: fc.constantFrom(...MUNIS),
      rooms: fc.integer({ min: 1, max: 4 }),
      avoid: fc.subarray(MUNIS),
      days: fc.integer({ min: 0, max: 400 }),
    }),
    { maxLength: 5 },
  ),
  offers: fc.array(
    fc.record({
      municipality: fc.constantFrom(...MUNIS),
      rooms: fc.integer({ min: 1, max: 4 }),
      rent: fc.integer({ min: 300_000, max: 1_000_000 }),
    }),
    { maxLength: 5 },
  ),
  ledger: fc.record({
    '0180': fc.integer({ min: -3, max: 3 }),
    '1480': fc.integer({ min: -3, max: 3 }),
  }),
  tolerance: fc.integer({ min: 0, max: 2 }),
});
type Instance = typeof instance extends fc.Arbitrary<infer T> ? T : never;
const build = (x: Instance) => ({
  cases: x.cases.map((c, i) =>
    prepCase(`c${i}`, c.home, c.rooms, [...c.avoid.filter((a) => a !== c.home), c.home], c.days),
  ),
  offers: x.offers.map((o, j) => prepOffer(`o${j}`, o.municipality, o.rooms, o.rent)),
});

const allowed = (carried: number, after: number, tolerance: number) =>
  after >= Math.min(carried, -tolerance) && after <= Math.max(carried, tolerance);

/** The best (placed, total score) over every plan that keeps the balances, by exhaustive search. */
function exhaustive(
  cases: PreparedCase[],
  offers: PreparedOffer[],
  ledger: ExchangeLedger,
  tolerance: number,
): [number, number] {
  const used = new Uint8Array(offers.length);
  const delta = new Map<number, number>();
  let best: [number, number] = [-1, -1];
  const go = (i: number, placed: number, total: number) => {
    if (i === cases.length) {
      const ok = MUNIS.every((mu) => {
        const carried = ledger[String(mu).padStart(4, '0')] ?? 0;
        return allowed(carried, carried + (delta.get(mu) ?? 0), tolerance);
      });
      if (ok && (placed > best[0] || (placed === best[0] && total > best[1])))
        best = [placed, total];
      return;
    }
    const c = cases[i] as PreparedCase;
    go(i + 1, placed, total);
    offers.forEach((o, j) => {
      const s = scorePrepared(c, o);
      if (s < 0 || used[j] === 1) return;
      used[j] = 1;
      delta.set(c.home, (delta.get(c.home) ?? 0) - 1);
      delta.set(o.municipality, (delta.get(o.municipality) ?? 0) + 1);
      go(i + 1, placed + 1, total + s);
      delta.set(c.home, (delta.get(c.home) ?? 0) + 1);
      delta.set(o.municipality, (delta.get(o.municipality) ?? 0) - 1);
      used[j] = 0;
    });
  };
  go(0, 0, 0);
  return best;
}

describe('planExchange', () => {
  it('places a household through the ledger when the tolerance allows', () => {
    const plan = planExchange(
      [prepCase('a', 180, 2, [180], 100)],
      [prepOffer('x', 1480, 2, 500_000)],
      { tolerance: 1 },
    );
    expect(plan.placements).toEqual([
      { caseId: 'a', offerId: 'x', from: '0180', to: '1480', score: expect.any(Number) },
    ]);
    expect(plan.ledger).toEqual({ '0180': -1, '1480': 1 });
    expect(plan.cases[0]).toEqual({
      caseId: 'a',
      placed: true,
      reason: 'placed',
      text: exchangeReasons.placed,
    });
  });

  it('does not place when the receiving municipality would go over the tolerance', () => {
    const plan = planExchange(
      [prepCase('a', 180, 2, [180], 100)],
      [prepOffer('x', 1480, 2, 500_000)],
      {
        tolerance: 1,
        ledger: { '1480': 1 },
      },
    );
    expect(plan.placements).toEqual([]);
    expect(plan.cases[0]?.reason).toBe('balance');
    expect(plan.ledger).toEqual({ '1480': 1 });
  });

  it('gives a reason for each case not placed', () => {
    const cases = [
      prepCase('a', 180, 2, [180], 100),
      prepCase('b', 180, 2, [180], 0),
      prepCase('c', 180, 9, [180], 0),
    ];
    const plan = planExchange(cases, [prepOffer('x', 1480, 2, 500_000)], { tolerance: 5 });
    expect(plan.cases.map((c) => [c.caseId, c.reason])).toEqual([
      ['a', 'placed'],
      ['b', 'offers-taken'],
      ['c', 'no-feasible-offer'],
    ]);
  });

  it('never throws on a strange ledger or tolerance', () => {
    const plan = planExchange([], [], { ledger: { x: 1, '0180': Number.NaN }, tolerance: -5 });
    expect(plan).toEqual({ placements: [], ledger: { '0180': 0 }, cases: [], tolerance: 0 });
  });
});

describe('properties', () => {
  it('places as many households (then as high a total score) as exhaustive search', () => {
    fc.assert(
      fc.property(instance, (x) => {
        const { cases, offers } = build(x);
        const plan = planExchange(cases, offers, { ledger: x.ledger, tolerance: x.tolerance });
        const total = plan.placements.reduce((s, p) => s + p.score, 0);
        expect([plan.placements.length, total]).toEqual(
          exhaustive(cases, offers, x.ledger, x.tolerance),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('a plan never breaks the balance tolerance, and never plans a vetoed pair or an offer twice', () => {
    fc.assert(
      fc.property(instance, (x) => {
        const { cases, offers } = build(x);
        const plan = planExchange(cases, offers, { ledger: x.ledger, tolerance: x.tolerance });
        for (const [key, after] of Object.entries(plan.ledger)) {
          expect(allowed(x.ledger[key as '0180'] ?? 0, after, x.tolerance)).toBe(true);
        }
        for (const p of plan.placements) {
          const c = cases.find((k) => k.id === p.caseId) as PreparedCase;
          const o = offers.find((k) => k.id === p.offerId) as PreparedOffer;
          expect(scorePrepared(c, o)).toBe(p.score);
          expect(p.score).toBeGreaterThanOrEqual(0);
        }
        expect(new Set(plan.placements.map((p) => p.offerId)).size).toBe(plan.placements.length);
        expect(plan.cases.map((c) => c.caseId)).toEqual(cases.map((c) => c.id));
        // the ledger is conserved: what one municipality receives another sends
        const sum = (l: Record<string, number>) => Object.values(l).reduce((a, b) => a + b, 0);
        expect(sum(plan.ledger)).toBe(sum(x.ledger));
      }),
      { numRuns: 300 },
    );
  });
});
