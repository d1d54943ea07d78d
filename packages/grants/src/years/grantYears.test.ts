import { describe, expect, it } from 'vitest';
import { availableAmount } from './availableAmount';
import { getGrantYear } from './getGrantYear';
import { grantYears } from './grantYears';

describe('grantYears', () => {
  it('2023: 30 MSEK of which 2.5 MSEK administration leaves 27.5 MSEK (seed 004, line 224)', () => {
    expect(grantYears[2023].budget).toBe(30_000_000_00);
    expect(grantYears[2023].administration).toBe(2_500_000_00);
    expect(availableAmount(grantYears[2023])).toBe(27_500_000_00);
  });
  it('2022: 3.5 MSEK to distribute, costs from 2022-07-07 to 2022-12-31 retroactively (seed 004, lines 184–186)', () => {
    expect(availableAmount(grantYears[2022])).toBe(3_500_000_00);
    expect(grantYears[2022].costWindow).toEqual({ from: '2022-07-07', to: '2022-12-31' });
    expect(grantYears[2022].retroactive).toBe(true);
  });
  it('2023 costs count for the calendar year (seed 004, lines 90 and 245)', () => {
    expect(grantYears[2023].costWindow).toEqual({ from: '2023-01-01', to: '2023-12-31' });
  });
  it('both years are under SFS 2022:1416, and cite their sources', () => {
    for (const year of [grantYears[2022], grantYears[2023]]) {
      expect(year.rulesVersion).toBe('SFS 2022:1416');
      expect(year.sources.length).toBeGreaterThan(0);
    }
  });
  it('getGrantYear returns a shipped year, and an error for another', () => {
    expect(getGrantYear(2023)._unsafeUnwrap()).toBe(grantYears[2023]);
    const error = getGrantYear(2031, ['year'])._unsafeUnwrapErr();
    expect(error.code).toBe('grants.unknown-year');
    expect(error.path).toEqual(['year']);
    expect(getGrantYear(Number.NaN)._unsafeUnwrapErr().params).toEqual({ year: 0 });
  });
});
