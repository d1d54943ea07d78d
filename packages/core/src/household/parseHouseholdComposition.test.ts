import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateOnly } from '../dates/DateOnly';
import { parseDateOnly } from '../dates/parseDateOnly';
import { arbDateOnly } from '../testing/dates';
import { arbHouseholdComposition } from '../testing/household';
import { agesAt } from './agesAt';
import type { HouseholdComposition } from './HouseholdComposition';
import { parseHouseholdComposition } from './parseHouseholdComposition';

const asOf = parseDateOnly('2026-11-21')._unsafeUnwrap();

describe('parseHouseholdComposition', () => {
  it('accepts a household with adults with or without birth dates and children under 18', () => {
    const input = {
      adults: [{}, { birthDate: '1990-05-17' }],
      children: [{ birthDate: '2019-04-02' }, { birthDate: '2008-11-22' }],
    };
    expect(parseHouseholdComposition(input, { asOf })._unsafeUnwrap()).toEqual(input);
  });

  it('lists every problem with its path, without repeating birth dates', () => {
    const input = {
      adults: [{ birthDate: '2027-01-01' }],
      children: [
        { birthDate: '2008-11-21' },
        { birthDate: '2023-02-29' },
        {},
        { birthDate: '2030-06-01' },
      ],
    };
    const errors = parseHouseholdComposition(input, {
      asOf,
      path: ['household'],
    })._unsafeUnwrapErr();
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['date.does-not-exist', ['household', 'children', 1, 'birthDate']],
      ['validation.required', ['household', 'children', 2, 'birthDate']],
    ]);
    const fixed = { ...input, children: [input.children[0], input.children[3]] };
    const later = parseHouseholdComposition(fixed, { asOf })._unsafeUnwrapErr();
    expect(later.map((e) => [e.code, e.path])).toEqual([
      ['household.birth-date-after-as-of', ['adults', 0, 'birthDate']],
      ['household.birth-date-after-as-of', ['children', 1, 'birthDate']],
      ['household.child-is-adult', ['children', 0, 'birthDate']],
    ]);
    expect(JSON.stringify(later)).not.toMatch(/2027|2008|2030/);
  });

  it('requires at least one adult and rejects unknown fields', () => {
    const errors = parseHouseholdComposition(
      { adults: [], children: [{ birthDate: '2020-01-01', name: 'x' }] },
      { asOf },
    )._unsafeUnwrapErr();
    expect(errors.map((e) => [e.code, e.path])).toEqual(
      expect.arrayContaining([
        ['validation.too-small', ['adults']],
        ['validation.unknown-field', ['children', 0]],
      ]),
    );
  });

  it('turns 18 on the birthday, and a child born 29 February on 28 February', () => {
    const onDay = (birthDate: string, day: string) =>
      parseHouseholdComposition(
        { adults: [{}], children: [{ birthDate }] },
        { asOf: day as DateOnly },
      );
    expect(onDay('2008-02-29', '2026-02-27').isOk()).toBe(true);
    expect(onDay('2008-02-29', '2026-02-28')._unsafeUnwrapErr()[0].code).toBe(
      'household.child-is-adult',
    );
  });

  it('reports a missing or invalid asOf', () => {
    const error = parseHouseholdComposition(
      { adults: [{}], children: [] },
      { asOf: 'today' as DateOnly },
    );
    expect(error._unsafeUnwrapErr()[0].path).toEqual(['asOf']);
  });
});

describe('agesAt', () => {
  it('gives whole years in order, undefined for an adult without a birth date', () => {
    const household = {
      adults: [{}, { birthDate: '1990-11-22' as DateOnly }],
      children: [{ birthDate: '2019-04-02' as DateOnly }, { birthDate: '2012-02-29' as DateOnly }],
    };
    expect(agesAt(household, asOf)._unsafeUnwrap()).toEqual({
      adults: [undefined, 35],
      children: [7, 14],
    });
  });

  it('is an error for a birth date after asOf', () => {
    const household = { adults: [{}], children: [{ birthDate: '2027-01-01' as DateOnly }] };
    expect(agesAt(household, asOf)._unsafeUnwrapErr()[0]).toMatchObject({
      code: 'household.birth-date-after-as-of',
      path: ['children', 0, 'birthDate'],
    });
  });
});

describe('properties', () => {
  it('a generated household is valid on its asOf, and every child is under 18', () => {
    fc.assert(
      fc.property(
        arbDateOnly({ min: '1950-01-01' as DateOnly }).chain((day) =>
          fc.tuple(fc.constant(day), arbHouseholdComposition({ asOf: day })),
        ),
        ([day, household]: [DateOnly, HouseholdComposition]) => {
          expect(parseHouseholdComposition(household, { asOf: day })._unsafeUnwrap()).toEqual(
            household,
          );
          const ages = agesAt(household, day)._unsafeUnwrap();
          expect(ages.children.every((age) => age >= 0 && age < 18)).toBe(true);
        },
      ),
    );
  });

  it('parseHouseholdComposition and agesAt never throw for any input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        parseHouseholdComposition(input, options as never);
        parseHouseholdComposition(input, { asOf });
        agesAt(input as HouseholdComposition, options as DateOnly);
      }),
    );
  });
});
