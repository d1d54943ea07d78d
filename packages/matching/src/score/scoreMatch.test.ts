import { type Case, type CaseInput, parseCase } from '@stadig/case';
import { arbCaseInput, exampleCaseInput } from '@stadig/case/testing';
import type { DateOnly } from '@stadig/core';
import { extendedRuleSet } from '@stadig/housing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OfferInput } from '../offer/offerSchema';
import { parseOffer } from '../offer/parseOffer';
import { arbOfferInput } from '../testing/arbOfferInput';
import { prepareCase } from './prepareCase';
import { prepareOffer } from './prepareOffer';
import { scoreMatch } from './scoreMatch';
import { scorePrepared } from './scorePrepared';
import { survivorSummary } from './survivorSummary';

const asOf = '2025-06-01' as DateOnly;
const kase = (over: Partial<CaseInput> = {}): Case =>
  parseCase({ ...exampleCaseInput(), ...over }, { asOf })._unsafeUnwrap();
const base: OfferInput = {
  id: 'o1',
  dwelling: {
    tenure: 'first-hand-lease',
    municipality: '1480',
    contract: { start: '2025-07-01' },
    rooms: 3,
    rentPerMonth: 600_000,
    accessibility: ['elevator'],
    petsAllowed: true,
    address: { street: 'Påhittad väg 1', city: 'Fiktiv' },
  },
  offeredBy: { kind: 'landlord', landlordType: 'municipal-housing-company' },
  availableFrom: '2025-07-01',
  requirements: { acceptsSocialContractRoute: true },
  location: { lat: 57.7, lon: 11.97 },
  nearby: { schoolKm: 0.5 },
};
const offer = (over: Partial<OfferInput> = {}, dwelling: Partial<OfferInput['dwelling']> = {}) =>
  parseOffer({ ...base, ...over, dwelling: { ...base.dwelling, ...dwelling } })._unsafeUnwrap();
const vetoes = (c: Case, o: ReturnType<typeof offer>, options = {}) =>
  scoreMatch(c, o, { asOf, ...options }).vetoes.map((v) => v.id);

describe('scoreMatch', () => {
  it('scores a fitting pair with components that add up to the score', () => {
    const s = scoreMatch(kase(), offer(), { asOf });
    expect(s.feasible).toBe(true);
    expect(s.vetoes).toEqual([]);
    expect(s.components.map((x) => x.id)).toEqual([
      'affordability',
      'rooms',
      'preferences',
      'nearness',
      'priority',
    ]);
    expect(s.components.reduce((a, x) => a + x.value, 0)).toBe(s.score);
    // rent 6 000 kr of 21 500 kr (28 %): 30 × 0.884 = 26.5; 3 rooms for 3: 15; no wishes: 12.5;
    // school 0.5 km: 10; 141 days: 20 × 0.386 = 7.7 → 71.7 → 72
    expect(s.score).toBe(72);
    expect(s.components.find((x) => x.id === 'affordability')?.text.en).toContain('28 %');
  });

  it('vetoes an avoided municipality, county and the home municipality', () => {
    expect(vetoes(kase(), offer({}, { municipality: '2080' }))).toEqual([
      'home-municipality',
      'avoided-municipality',
    ]);
    const c = kase({ protection: { ...exampleCaseInput().protection, avoidCounties: ['14'] } });
    expect(vetoes(c, offer())).toEqual(['avoided-county']);
  });

  it('vetoes a home within the distance to keep, only when both have coordinates', () => {
    expect(vetoes(kase(), offer({ location: { lat: 60.61, lon: 15.62 } }))).toEqual(['too-close']);
    const { location: _, ...noLocation } = base;
    expect(vetoes(kase(), parseOffer(noLocation)._unsafeUnwrap())).toEqual([]);
  });

  it('vetoes a home that is not permanent unless the step is allowed', () => {
    const sublease = offer(
      {},
      { tenure: 'sublease', contract: { start: '2025-07-01', end: '2025-12-31' } },
    );
    expect(vetoes(kase(), sublease)).toEqual(['not-permanent']);
    expect(vetoes(kase(), sublease, { allowSteps: ['sublease'] })).toEqual([]);
  });

  it('vetoes too few rooms, missing accessibility and forbidden pets', () => {
    expect(vetoes(kase(), offer({}, { rooms: 2, accessibility: [], petsAllowed: false }))).toEqual([
      'too-few-rooms',
      'accessibility',
      'pets',
    ]);
  });

  it('vetoes unmet landlord requirements without a social-contract route', () => {
    const strict = { requirements: { noPaymentRemarks: true } };
    expect(vetoes(kase(), offer(strict))).toEqual(['landlord-requirements']);
    const income = { requirements: { incomeMultiple: 4, acceptsSocialContractRoute: false } };
    expect(vetoes(kase(), offer(income))).toEqual(['landlord-requirements']);
    expect(vetoes(kase(), offer({ requirements: { incomeMultiple: 3 } }))).toEqual([]);
  });

  it('vetoes a landlord that refuses protected identity, and a late availability', () => {
    expect(
      vetoes(
        kase(),
        offer({ requirements: { acceptsProtectedIdentity: false }, availableFrom: '2025-09-01' }),
      ),
    ).toEqual(['protected-identity', 'available-too-late']);
  });

  it('counts wishes: a wished municipality first, then a wished county', () => {
    const score = (preferences: object) =>
      scoreMatch(kase(), offer(), { asOf, preferences }).components.find(
        (x) => x.id === 'preferences',
      )?.value;
    expect(score({ municipalities: ['1480'] })).toBe(25);
    expect(score({ counties: ['14'] })).toBe(19);
    expect(score({ municipalities: ['0180'] })).toBe(0);
  });

  it('scales the weights to 100 points', () => {
    const s = scoreMatch(kase(), offer(), {
      asOf,
      weights: { affordability: 1, rooms: 1, preferences: 1, nearness: 1, priority: 0 },
    });
    expect(s.components.map((x) => x.weight)).toEqual([25, 25, 25, 25, 0]);
    const broken = scoreMatch(kase(), offer(), {
      asOf,
      weights: { rooms: Number.NaN, nearness: -3 },
    });
    expect(broken.components.reduce((a, x) => a + x.weight, 0)).toBe(100);
  });

  it('vetoes as not permanent when the rule set cannot settle permanence without the household', () => {
    // extended asks for household facts (suitability); matching judges fit with its own vetoes
    expect(vetoes(kase(), offer(), { ruleSet: extendedRuleSet })).toEqual(['not-permanent']);
  });

  it('a survivor summary names the municipality and rent, never the landlord or the address', () => {
    const o = offer();
    const summary = survivorSummary(scoreMatch(kase(), o, { asOf }), o);
    expect(summary.en).toBe(
      'A first-hand lease with 3 rooms in Göteborg, rent 6 000 kr a month, available from 2025-07-01.',
    );
    expect(summary.sv).toContain('Förstahandskontrakt med 3 rum i Göteborg');
    const vetoed = offer({}, { municipality: '2080' });
    expect(survivorSummary(scoreMatch(kase(), vetoed, { asOf }), vetoed).en).not.toContain(
      'municipality',
    );
  });
});

describe('properties', () => {
  const pairs = fc.tuple(arbCaseInput({ asOf }), arbOfferInput({ asOf: '2025-05-01' as DateOnly }));
  const parse = ([ci, oi]: [CaseInput, OfferInput]) => {
    const c = parseCase(ci, { asOf });
    return c.isOk() ? ([c.value, parseOffer(oi)._unsafeUnwrap()] as const) : undefined;
  };

  it('components add up to the score, and the fast path agrees with the explained one', () => {
    fc.assert(
      fc.property(pairs, fc.boolean(), (pair, steps) => {
        const p = parse(pair);
        if (p === undefined) return;
        const options = { asOf, ...(steps ? { allowSteps: ['social-contract' as const] } : {}) };
        const s = scoreMatch(p[0], p[1], options);
        expect(s.components.reduce((a, x) => a + x.value, 0)).toBe(s.score);
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(100);
        expect(s.feasible).toBe(s.vetoes.length === 0);
        const fast = scorePrepared(prepareCase(p[0], options), prepareOffer(p[1], options));
        expect(fast).toBe(s.feasible ? s.score : -1);
      }),
      { numRuns: 200 },
    );
  });

  it('a lower rent never lowers the score nor adds a veto', () => {
    fc.assert(
      fc.property(pairs, fc.double({ min: 0, max: 1, noNaN: true }), (pair, f) => {
        const p = parse(pair);
        if (p === undefined) return;
        const [c, o] = p;
        const rent = o.dwelling.rentPerMonth ?? 0;
        const cheaper = {
          ...o,
          dwelling: { ...o.dwelling, rentPerMonth: Math.floor(rent * f) as never },
        };
        const before = scoreMatch(c, o, { asOf });
        const after = scoreMatch(c, cheaper, { asOf });
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        if (before.feasible) expect(after.feasible).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("wishing for the offer's municipality never lowers the score", () => {
    fc.assert(
      fc.property(pairs, fc.boolean(), (pair, alsoCounty) => {
        const p = parse(pair);
        if (p === undefined) return;
        const [c, o] = p;
        const others = {
          municipalities: ['0180' as never],
          ...(alsoCounty ? { counties: ['01' as never] } : {}),
        };
        const wished = {
          ...others,
          municipalities: [...others.municipalities, o.dwelling.municipality],
        };
        const before = scoreMatch(c, o, { asOf, preferences: others }).score;
        expect(scoreMatch(c, o, { asOf, preferences: wished }).score).toBeGreaterThanOrEqual(
          before,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('no score or summary contains a protected value of the case or the offer', () => {
    fc.assert(
      fc.property(pairs, (pair) => {
        const p = parse(pair);
        if (p === undefined) return;
        const [ci, oi] = pair;
        const [c, o] = p;
        const output = (cc: Case, oo: typeof o) => {
          const x = scoreMatch(cc, oo, { asOf });
          return JSON.stringify([
            x,
            survivorSummary(x, oo),
            prepareCase(cc, { asOf }),
            prepareOffer(oo, { asOf }),
          ]);
        };
        const out = output(c, o);
        // the output does not depend on names, notes, labels or the address at all
        const blank = parse([
          {
            ...ci,
            household: { ...ci.household, survivor: { ...ci.household.survivor, name: 'X' } },
            notes: [],
            protection: { ...ci.protection, keepDistanceFrom: [] },
          },
          { ...oi, dwelling: { ...oi.dwelling, address: { street: 'Y', city: 'Fiktiv' } } },
        ]);
        if (blank !== undefined) expect(output(blank[0], blank[1])).toBe(out);
        const secrets = [
          ci.household.survivor.name,
          ...(ci.notes ?? []),
          ...ci.protection.keepDistanceFrom.flatMap((k) =>
            k.label === undefined ? [] : [k.label],
          ),
          (oi.dwelling.address as { street: string }).street,
        ].filter((x) => x.trim().length >= 8);
        for (const secret of secrets)
          expect(out).not.toContain(JSON.stringify(secret).slice(1, -1));
        expect(out).not.toMatch(/"lat"|"lon"/);
      }),
      { numRuns: 200 },
    );
  });
});
