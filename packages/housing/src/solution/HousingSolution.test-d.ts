import type { DateOnly, Money, MunicipalityCode, Protected } from '@stadig/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { AddressInput, HousingSolution, HousingSolutionInput } from './housingSolutionSchema';
import type { HeldTenureKind, TenureKind } from './vocabulary';

describe('housing solution types', () => {
  it('the tenure union is closed', () => {
    expectTypeOf<TenureKind>().toEqualTypeOf<
      | 'first-hand-lease'
      | 'sublease'
      | 'social-contract'
      | 'tenant-owned'
      | 'owned'
      | 'staying-in-home'
      | 'emergency-apartment'
      | 'sheltered-housing'
      | 'temporary-housing'
      | 'lodger'
      | 'with-relatives'
      | 'special-housing'
      | 'other'
    >();
    expectTypeOf<HeldTenureKind>().toExtend<TenureKind>();
    expectTypeOf<'staying-in-home'>().not.toExtend<HeldTenureKind>();
  });

  it('a parsed solution has branded dates, money and municipality, and a protected address', () => {
    expectTypeOf<HousingSolution['tenure']>().toEqualTypeOf<TenureKind>();
    expectTypeOf<NonNullable<HousingSolution['contract']>['start']>().toEqualTypeOf<DateOnly>();
    expectTypeOf<HousingSolution['rentPerMonth']>().toEqualTypeOf<Money | undefined>();
    expectTypeOf<HousingSolution['municipality']>().toEqualTypeOf<MunicipalityCode>();
    expectTypeOf<HousingSolution['address']>().toEqualTypeOf<Protected<AddressInput> | undefined>();
  });

  it('the input takes plain strings and the address as text or parts', () => {
    expectTypeOf<{ tenure: 'owned'; municipality: string }>().toExtend<HousingSolutionInput>();
    expectTypeOf<string>().toExtend<AddressInput>();
    expectTypeOf<{ street: string; city: string }>().toExtend<AddressInput>();
  });
});
