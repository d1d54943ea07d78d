import { type CaseInput, parseCase } from '@stadig/case';
import { arbCaseInput } from '@stadig/case/testing';
import type { DateOnly } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignMatches } from './assign/assignMatches';
import { planExchange } from './exchange/planExchange';
import type { OfferInput } from './offer/offerSchema';
import { parseOffer } from './offer/parseOffer';
import { rankCases } from './rank/rankCases';
import { rankOffers } from './rank/rankOffers';
import { explainPrepared } from './score/explainPrepared';
import { prepareCase } from './score/prepareCase';
import { prepareOffer } from './score/prepareOffer';
import { arbOfferInput } from './testing/arbOfferInput';

const asOf = '2025-06-01' as DateOnly;
const options = { asOf, allowSteps: ['social-contract' as const] };
const secretsOf = (cases: CaseInput[], offers: OfferInput[]) =>
  [
    ...cases.flatMap((c) => [
      c.household.survivor.name,
      ...c.household.children.map((ch) => ch.name),
      ...(c.notes ?? []),
      ...c.protection.keepDistanceFrom.flatMap((k) => (k.label === undefined ? [] : [k.label])),
    ]),
    ...offers.map((o) => (o.dwelling.address as { street: string }).street),
  ].filter((s) => s.trim().length >= 8);

describe('properties', () => {
  it('no ranking, assignment, plan or explanation contains a protected value, for arbitrary cases and offers', () => {
    fc.assert(
      fc.property(
        fc.array(arbCaseInput({ asOf }), { minLength: 1, maxLength: 4 }),
        fc.array(arbOfferInput({ asOf: '2025-05-01' as DateOnly }), { minLength: 1, maxLength: 6 }),
        (caseInputs, offerInputs) => {
          const cases = caseInputs
            .map((c, i) => parseCase({ ...c, id: `c${i}` }, { asOf }))
            .flatMap((r) => (r.isOk() ? [prepareCase(r.value, options)] : []));
          const offers = offerInputs.map((o, j) =>
            prepareOffer(parseOffer({ ...o, id: `o${j}` })._unsafeUnwrap(), options),
          );
          const out = JSON.stringify([
            assignMatches(cases, offers),
            planExchange(cases, offers),
            cases.map((c) => rankOffers(c, offers, 3)),
            offers.map((o) => rankCases(o, cases, 3)),
            cases.flatMap((c) => offers.map((o) => explainPrepared(c, o))),
            cases,
            offers,
          ]);
          for (const secret of secretsOf(caseInputs, offerInputs))
            expect(out).not.toContain(JSON.stringify(secret).slice(1, -1));
          expect(out).not.toMatch(/"lat"|"lon"|Testperson|Testgatan|Fiktiv/);
        },
      ),
      { numRuns: 60 },
    );
  });
});
