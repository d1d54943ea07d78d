import { generateCases } from '@stadig/case';
import type { DateOnly } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PreparedCase, PreparedOffer } from '../score/Prepared';
import { prepareCase } from '../score/prepareCase';
import { prepareOffer } from '../score/prepareOffer';
import { scorePrepared } from '../score/scorePrepared';
import { generateOffers } from '../synthetic/generateOffers';
import { assignMatches } from './assignMatches';

const asOf = '2026-01-15' as DateOnly;
const options = { asOf, allowSteps: ['social-contract' as const] };
const allCases = generateCases({ seed: 11, count: 60, asOf }).map((c) => prepareCase(c, options));
const allOffers = generateOffers({ seed: 11, count: 300, asOf }).map((o) =>
  prepareOffer(o, options),
);

/** The best (total score, pairs) over every assignment, by brute force. */
function bruteForce(scores: number[][], m: number): [number, number] {
  const used = new Uint8Array(m);
  const go = (r: number): [number, number] => {
    if (r === scores.length) return [0, 0];
    let best = go(r + 1);
    for (let j = 0; j < m; j++) {
      const s = scores[r]?.[j] ?? -1;
      if (s < 0 || used[j] === 1) continue;
      used[j] = 1;
      const [t, p] = go(r + 1);
      if (t + s > best[0] || (t + s === best[0] && p + 1 > best[1])) best = [t + s, p + 1];
      used[j] = 0;
    }
    return best;
  };
  return go(0);
}

describe('assignMatches', () => {
  it('assigns each case at most once and each offer at most once', () => {
    const a = assignMatches(allCases, allOffers);
    expect(a.pairs.length + a.unassigned.length).toBe(allCases.length);
    expect(new Set(a.pairs.map((p) => p.offerId)).size).toBe(a.pairs.length);
    expect(a.totalScore).toBe(a.pairs.reduce((s, p) => s + p.score, 0));
  });

  it('is empty for empty lists', () => {
    expect(assignMatches([], allOffers)).toEqual({ pairs: [], unassigned: [], totalScore: 0 });
    expect(assignMatches(allCases.slice(0, 2), []).unassigned).toHaveLength(2);
  });
});

describe('properties', () => {
  const subsets = fc.record({
    cases: fc.uniqueArray(fc.nat(allCases.length - 1), { maxLength: 7 }),
    offers: fc.uniqueArray(fc.nat(allOffers.length - 1), { maxLength: 7 }),
  });

  it('the assignment is optimal against brute force (up to 7 × 7), and assigns no vetoed pair', () => {
    fc.assert(
      fc.property(subsets, ({ cases: ci, offers: oi }) => {
        const cases = ci.map((i) => allCases[i] as PreparedCase);
        const offers = oi.map((i) => allOffers[i] as PreparedOffer);
        const a = assignMatches(cases, offers);
        for (const p of a.pairs)
          expect(
            scorePrepared(
              cases[p.caseIndex] as PreparedCase,
              offers[p.offerIndex] as PreparedOffer,
            ),
          ).toBeGreaterThanOrEqual(0);
        const scores = cases.map((c) => offers.map((o) => scorePrepared(c, o)));
        expect([a.totalScore, a.pairs.length]).toEqual(bruteForce(scores, offers.length));
      }),
      { numRuns: 300 },
    );
  });
});
