import { describe, expect, it } from 'vitest';
import type { DateOnly } from '../dates/DateOnly';
import { parseDateOnly } from '../dates/parseDateOnly';
import type { HouseholdComposition } from './HouseholdComposition';
import type { RoomNorm } from './RoomNorm';
import { roomNormSchema } from './RoomNorm';
import { roomNorms } from './roomNorms';
import { roomsNeeded } from './roomsNeeded';

const asOf = parseDateOnly('2026-11-21')._unsafeUnwrap();
const child = (birthDate: string) => ({ birthDate: birthDate as DateOnly });
const family: HouseholdComposition = {
  adults: [{}, { birthDate: '1988-03-03' as DateOnly }],
  children: [child('2024-01-01'), child('2020-06-30'), child('2016-12-01'), child('2013-11-21')],
};

describe('roomNorms', () => {
  it('are valid norms whose keys are their ids', () => {
    for (const [key, norm] of Object.entries(roomNorms)) {
      expect(roomNormSchema.safeParse(norm).success).toBe(true);
      expect(norm.id).toBe(key);
    }
  });
});

describe('custom and invalid norms', () => {
  it('accepts a custom norm given as data', () => {
    const norm: RoomNorm = {
      id: 'teens-share',
      label: { sv: 'Tonåringar delar', en: 'Teens share' },
      source: { sv: 'Exempel.', en: 'Example.' },
      livingRooms: 0,
      bedroomGroups: [
        { who: 'adult', perBedroom: 2 },
        { who: 'child', fromAge: 0, underAge: 18, perBedroom: 3 },
      ],
    };
    const result = roomsNeeded(family, { asOf, norm })._unsafeUnwrap();
    expect(result).toMatchObject({ rooms: 3, bedrooms: 3, normId: 'teens-share' });
    expect(result.explanation.en).toContain('children aged 0–17: 4 → 2 bedrooms');
  });

  it('rejects an unknown or invalid norm, listing it with the household problems', () => {
    expect(
      roomsNeeded(family, { asOf, norm: 'norm-9' as never })._unsafeUnwrapErr()[0],
    ).toMatchObject({
      code: 'household.unknown-norm',
      path: ['norm'],
      params: { known: 'stadig-default, trangboddhetsnorm-2' },
    });
    const bad = {
      ...roomNorms['stadig-default'],
      bedroomGroups: [{ who: 'child', fromAge: 13, underAge: 13, perBedroom: 0 }],
    };
    const errors = roomsNeeded(
      { adults: [], children: [] },
      { asOf, norm: bad as never },
    )._unsafeUnwrapErr();
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['validation.too-small', ['norm', 'bedroomGroups', 0, 'perBedroom']],
      ['household.invalid-age-range', ['norm', 'bedroomGroups', 0, 'underAge']],
      ['validation.too-small', ['adults']],
    ]);
  });

  it('reports a member that no bedroom group fits', () => {
    const norm: RoomNorm = {
      ...roomNorms['stadig-default'],
      id: 'adults-by-age',
      bedroomGroups: [{ who: 'adult', fromAge: 18, perBedroom: 1 }],
    };
    const errors = roomsNeeded(
      { adults: [{}], children: [child('2020-01-01')] },
      { asOf, norm },
    )._unsafeUnwrapErr();
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['household.norm-does-not-cover', ['adults', 0]],
      ['household.norm-does-not-cover', ['children', 0]],
    ]);
  });
});
