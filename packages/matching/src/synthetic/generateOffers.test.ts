import type { DateOnly } from '@stadig/core';
import { describe, expect, it } from 'vitest';
import { generateOfferInputs } from './generateOfferInputs';
import { generateOffers } from './generateOffers';

const asOf = '2026-01-01' as DateOnly;

describe('generateOffers', () => {
  it('is deterministic: the same seed gives the same offers', () => {
    expect(generateOfferInputs({ seed: 7, count: 50, asOf })).toEqual(
      generateOfferInputs({ seed: 7, count: 50, asOf }),
    );
    expect(generateOfferInputs({ seed: 8, count: 5, asOf })).not.toEqual(
      generateOfferInputs({ seed: 7, count: 5, asOf }),
    );
  });

  it('numbers the ids and makes clearly fake addresses', () => {
    const offers = generateOfferInputs({ seed: 1, count: 200, asOf });
    expect(offers.slice(0, 2).map((o) => o.id)).toEqual(['offer-0000', 'offer-0001']);
    for (const o of offers) {
      expect((o.dwelling.address as { city: string }).city).toBe('Fiktiv');
      expect(o.availableFrom >= asOf).toBe(true);
    }
  });

  it('parses every offer and cuts odd counts', () => {
    expect(generateOffers({ seed: 2, count: 100, asOf })).toHaveLength(100);
    expect(generateOfferInputs({ seed: 2, count: -4, asOf })).toEqual([]);
    expect(generateOfferInputs({ seed: 2, count: Number.NaN, asOf })).toEqual([]);
  });
});
