import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateOnly } from '../dates/DateOnly';
import { parseDateOnly } from '../dates/parseDateOnly';
import { arbDateOnly } from '../testing/dates';
import { arbHouseholdComposition } from '../testing/household';
import type { HouseholdComposition } from './HouseholdComposition';
import { roomsNeeded } from './roomsNeeded';

const asOf = parseDateOnly('2026-11-21')._unsafeUnwrap();
const child = (birthDate: string) => ({ birthDate: birthDate as DateOnly });
const family: HouseholdComposition = {
  adults: [{}, { birthDate: '1988-03-03' as DateOnly }],
  children: [child('2024-01-01'), child('2020-06-30'), child('2016-12-01'), child('2013-11-21')],
};

describe('roomsNeeded', () => {
  it('stadig-default: a living room, a bedroom per adult, under-13s two to a room, from 13 their own', () => {
    // ages 2, 6 and 9 share two bedrooms; the child born 2013-11-21 turns 13 on asOf.
    const result = roomsNeeded(family, { asOf })._unsafeUnwrap();
    expect(result).toMatchObject({ rooms: 6, bedrooms: 5, normId: 'stadig-default' });
    expect(result.explanation.en).toBe(
      'Stadig default norm: adults: 2 → 2 bedrooms (1 per bedroom); children under 13: 3 → 2 bedrooms (2 per bedroom); children aged 13 or older: 1 → 1 bedroom (1 per bedroom). In total 5 bedrooms + 1 living room = 6 rooms (kitchen not counted).',
    );
    expect(result.explanation.sv).toBe(
      'Stadigs standardnorm: vuxna: 2 → 2 sovrum (1 per sovrum); barn under 13 år: 3 → 2 sovrum (2 per sovrum); barn från 13 år: 1 → 1 sovrum (1 per sovrum). Totalt 5 sovrum + 1 vardagsrum = 6 rum (kök oräknat).',
    );
    const dayBefore = parseDateOnly('2026-11-20')._unsafeUnwrap();
    expect(roomsNeeded(family, { asOf: dayBefore })._unsafeUnwrap().rooms).toBe(5);
  });

  it('trangboddhetsnorm-2: at most two people per bedroom, plus the living room', () => {
    const result = roomsNeeded(family, { asOf, norm: 'trangboddhetsnorm-2' })._unsafeUnwrap();
    expect(result).toMatchObject({ rooms: 4, bedrooms: 3, normId: 'trangboddhetsnorm-2' });
    expect(result.explanation.en).toContain('people: 6 → 3 bedrooms (2 per bedroom)');
    const single = roomsNeeded(
      { adults: [{}], children: [] },
      { asOf, norm: 'trangboddhetsnorm-2' },
    );
    expect(single._unsafeUnwrap()).toMatchObject({ rooms: 2, bedrooms: 1 });
  });

  it('rejects a household with a "child" aged 18 on asOf', () => {
    const errors = roomsNeeded(
      { adults: [{}], children: [child('2008-11-21')] },
      { asOf },
    )._unsafeUnwrapErr();
    expect(errors[0].code).toBe('household.child-is-adult');
  });
});

describe('properties', () => {
  const arbCase = arbDateOnly({ min: '1950-01-01' as DateOnly }).chain((day) =>
    fc.tuple(
      fc.constant(day),
      arbHouseholdComposition({ asOf: day }),
      arbHouseholdComposition({ asOf: day, maxChildren: 1 }),
      fc.constantFrom('stadig-default' as const, 'trangboddhetsnorm-2' as const),
    ),
  );

  it('adding a child never lowers the rooms needed', () => {
    fc.assert(
      fc.property(arbCase, ([day, household, other, norm]) => {
        const before = roomsNeeded(household, { asOf: day, norm })._unsafeUnwrap();
        for (const extra of other.children) {
          const grown = { ...household, children: [...household.children, extra] };
          const after = roomsNeeded(grown, { asOf: day, norm })._unsafeUnwrap();
          expect(after.rooms).toBeGreaterThanOrEqual(before.rooms);
        }
      }),
    );
  });

  it('under the default norm, rooms ≥ 1 + the number of adults, and rooms = bedrooms + 1', () => {
    fc.assert(
      fc.property(arbCase, ([day, household]) => {
        const { rooms, bedrooms } = roomsNeeded(household, { asOf: day })._unsafeUnwrap();
        expect(rooms).toBeGreaterThanOrEqual(1 + household.adults.length);
        expect(rooms).toBe(bedrooms + 1);
      }),
    );
  });

  it('under norm 2, bedrooms = ceil(people / 2)', () => {
    fc.assert(
      fc.property(arbCase, ([day, household]) => {
        const people = household.adults.length + household.children.length;
        const result = roomsNeeded(household, { asOf: day, norm: 'trangboddhetsnorm-2' });
        expect(result._unsafeUnwrap().bedrooms).toBe(Math.ceil(people / 2));
      }),
    );
  });

  it('the explanation never contains a birth date', () => {
    fc.assert(
      fc.property(arbCase, ([day, household, , norm]) => {
        const { explanation } = roomsNeeded(household, { asOf: day, norm })._unsafeUnwrap();
        expect(`${explanation.sv} ${explanation.en}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      }),
    );
  });

  it('roomsNeeded never throws for any input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (household, day, norm) => {
        roomsNeeded(household as HouseholdComposition, {
          asOf: day as DateOnly,
          norm: norm as never,
        });
        roomsNeeded(household as HouseholdComposition, day as never);
        roomsNeeded(family, { asOf, norm: norm as never });
      }),
    );
  });
});
