import { generateCases } from '@stadig/case';
import type { DateOnly } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prepareCase } from '../score/prepareCase';
import { prepareOffer } from '../score/prepareOffer';
import { scorePrepared } from '../score/scorePrepared';
import { generateOffers } from '../synthetic/generateOffers';
import { rankCases } from './rankCases';
import { rankOffers } from './rankOffers';
import { topK } from './topK';

const asOf = '2026-01-15' as DateOnly;
const options = { asOf, allowSteps: ['social-contract' as const] };
const cases = generateCases({ seed: 5, count: 40, asOf }).map((c) => prepareCase(c, options));
const offers = generateOffers({ seed: 5, count: 400, asOf }).map((o) => prepareOffer(o, options));

const naive = (scores: number[], k: number) =>
  scores
    .map((s, i) => [i, s] as [number, number])
    .filter(([, s]) => s >= 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, k);

describe('ranking', () => {
  it('rankOffers gives the best feasible offers of a case, best first', () => {
    const c = cases[0];
    if (c === undefined) throw new Error('no case');
    const ranked = rankOffers(c, offers, 5);
    expect(ranked.map((r) => [r.index, r.score])).toEqual(
      naive(
        offers.map((o) => scorePrepared(c, o)),
        5,
      ),
    );
    for (const r of ranked) expect(offers[r.index]?.id).toBe(r.id);
  });

  it('rankCases gives the best feasible cases of an offer', () => {
    const o = offers[0];
    if (o === undefined) throw new Error('no offer');
    expect(rankCases(o, cases, 3).map((r) => [r.index, r.score])).toEqual(
      naive(
        cases.map((c) => scorePrepared(c, o)),
        3,
      ),
    );
  });

  it('top 0, or no offers, is an empty ranking', () => {
    expect(rankOffers(cases[0] as never, offers, 0)).toEqual([]);
    expect(rankOffers(cases[0] as never, [], 10)).toEqual([]);
  });
});

describe('properties', () => {
  it('topK equals sorting all feasible scores (ties in input order) and taking k', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1, max: 20 }), { maxLength: 60 }),
        fc.nat(12),
        (scores, k) => {
          expect(topK(scores.length, k, (i) => scores[i] ?? -1)).toEqual(naive(scores, k));
        },
      ),
    );
  });

  it('a ranking never holds a vetoed pair', () => {
    for (const c of cases.slice(0, 10))
      for (const r of rankOffers(c, offers, 20))
        expect(scorePrepared(c, offers[r.index] as never)).toBeGreaterThanOrEqual(0);
  });
});
