import { parseDateOnly } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbHouseholdContext } from '../testing/arbHouseholdContext';
import { parseHouseholdContext } from './parseHouseholdContext';

describe('parseHouseholdContext', () => {
  it('accepts a household, an income and places to avoid', () => {
    const input = {
      composition: { adults: [{}], children: [{ birthDate: '2018-05-01' }] },
      monthlyIncome: 2_800_000,
      avoidMunicipalities: ['2080'],
      avoidCounties: ['20'],
    };
    expect(parseHouseholdContext(input)._unsafeUnwrap()).toEqual(input);
  });

  it('lists every problem with its path', () => {
    const errors = parseHouseholdContext(
      {
        composition: { adults: [], children: [] },
        monthlyIncome: -1,
        avoidMunicipalities: ['9999'],
        avoidCounties: ['02'],
      },
      ['items', 0, 'household'],
    )._unsafeUnwrapErr();
    expect(errors.map((e) => [e.code, e.path.slice(3).join('.')])).toEqual([
      ['validation.too-small', 'composition.adults'],
      ['validation.too-small', 'monthlyIncome'],
      ['municipality.unknown-code', 'avoidMunicipalities.0'],
      ['county.unknown-code', 'avoidCounties.0'],
    ]);
  });
});

describe('properties', () => {
  it('accepts every generated household context', () => {
    const asOf = parseDateOnly('2026-01-01')._unsafeUnwrap();
    fc.assert(fc.property(arbHouseholdContext({ asOf }), (h) => parseHouseholdContext(h).isOk()));
  });
});
