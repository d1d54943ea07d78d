import { type DateOnly, reveal } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateOfferInputs } from '../synthetic/generateOfferInputs';
import { arbOfferInput } from '../testing/arbOfferInput';
import { parseOffer } from './parseOffer';
import { parseOffers } from './parseOffers';

const asOf = '2026-01-15' as DateOnly;
const input = {
  id: 'o1',
  dwelling: {
    tenure: 'first-hand-lease',
    municipality: '2080',
    rooms: 3,
    address: { street: 'Påhittad väg 1', city: 'Fiktiv' },
  },
  offeredBy: { kind: 'landlord', landlordType: 'private' },
  availableFrom: '2026-02-01',
  requirements: { incomeMultiple: 3 },
  location: { lat: 60.6, lon: 15.6 },
};

describe('parseOffer', () => {
  it('protects the address and the location', () => {
    const offer = parseOffer(input)._unsafeUnwrap();
    expect(JSON.stringify(offer)).not.toContain('Påhittad');
    expect(JSON.stringify(offer)).not.toContain('60.6');
    expect(reveal(offer.location ?? ({} as never))).toEqual({ lat: 60.6, lon: 15.6 });
    expect(offer.dwelling.address && reveal(offer.dwelling.address)).toEqual(
      input.dwelling.address,
    );
  });

  it('lists every problem by path without values', () => {
    const errors = parseOffer({
      ...input,
      id: 'bad id!',
      dwelling: { tenure: 'castle', municipality: '0100' },
    })._unsafeUnwrapErr();
    expect(errors.map((e) => e.path.join('.'))).toEqual([
      'id',
      'dwelling.tenure',
      'dwelling.municipality',
    ]);
  });

  it('parseOffers reports a duplicate id', () => {
    const errors = parseOffers([input, input])._unsafeUnwrapErr();
    expect(errors.map((e) => e.code)).toEqual(['matching.duplicate-offer-id']);
    expect(parseOffers(input)._unsafeUnwrap()).toHaveLength(1);
    expect(parseOffers(42)._unsafeUnwrapErr()[0].code).toBe('matching.not-a-list');
  });

  it('every generated offer parses', () => {
    for (const o of generateOfferInputs({ seed: 3, count: 300, asOf }))
      expect(parseOffer(o).isOk()).toBe(true);
  });
});

describe('properties', () => {
  it('parseOffer never throws, on any input', () => {
    fc.assert(fc.property(fc.anything(), (x) => parseOffer(x).isOk() || parseOffer(x).isErr()));
  });

  it('an arbitrary valid offer parses and its street never shows in JSON or errors', () => {
    fc.assert(
      fc.property(arbOfferInput({ asOf }), (o) => {
        const parsed = parseOffer(o);
        expect(parsed.isOk()).toBe(true);
        const street = (o.dwelling.address as { street: string }).street;
        const json = JSON.stringify(parsed._unsafeUnwrap());
        if (street.length >= 4 && !'[protected:address]'.includes(street)) {
          expect(json).not.toContain(JSON.stringify(street).slice(1, -1));
        }
      }),
      { numRuns: 100 },
    );
  });
});
