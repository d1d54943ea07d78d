import type {
  DateOnly,
  IdentityNumber,
  NonEmptyReadonlyArray,
  Protected,
  Result,
  StadigError,
} from '@stadig/core';
import type { HousingSolution, PermanenceVerdict } from '@stadig/housing';
import { describe, expectTypeOf, it } from 'vitest';
import type { Case, CaseOutcome, KeepDistanceFrom, Person } from './Case';
import type { CaseInput } from './caseSchema';
import { parseCase } from './parseCase';

declare const c: Case;
declare const asOf: DateOnly;
type Child = Case['household']['children'][number];
declare const child: Child;
declare const adult: Case['household']['otherAdults'][number];

describe('Case types', () => {
  it('parseCase gives a Result of a Case or a non-empty list of errors', () => {
    expectTypeOf(parseCase({}, { asOf })).toEqualTypeOf<
      Result<Case, NonEmptyReadonlyArray<StadigError>>
    >();
    expectTypeOf(parseCase).parameter(0).toEqualTypeOf<unknown>();
  });

  it('keeps every personal field Protected, not a string', () => {
    expectTypeOf(c.household.survivor.name).toEqualTypeOf<Protected<string>>();
    expectTypeOf(c.household.survivor.name).not.toMatchTypeOf<string>();
    expectTypeOf(c.household.survivor.identityNumber).toEqualTypeOf<IdentityNumber | undefined>();
    expectTypeOf(child.name).toEqualTypeOf<Protected<string>>();
    expectTypeOf(adult.name).toEqualTypeOf<Protected<string>>();
    expectTypeOf(c.notes).toEqualTypeOf<readonly Protected<string>[]>();
    expectTypeOf<KeepDistanceFrom['label']>().toEqualTypeOf<Protected<string> | undefined>();
    expectTypeOf<KeepDistanceFrom['coordinates']>().toEqualTypeOf<
      Protected<{ readonly lat: number; readonly lon: number }> | undefined
    >();
  });

  it('gives children a birth date always, other people optionally', () => {
    expectTypeOf(child.birthDate).toEqualTypeOf<DateOnly>();
    expectTypeOf<Person['birthDate']>().toEqualTypeOf<DateOnly | undefined>();
  });

  it('carries the outcome with its solution and verdict', () => {
    expectTypeOf(c.outcome).toEqualTypeOf<CaseOutcome | undefined>();
    expectTypeOf<CaseOutcome['solution']>().toEqualTypeOf<HousingSolution>();
    expectTypeOf<CaseOutcome['verdict']>().toEqualTypeOf<PermanenceVerdict>();
  });

  it('takes plain strings in the input, where the case has Protected values', () => {
    expectTypeOf<CaseInput['household']['survivor']['name']>().toEqualTypeOf<string>();
    expectTypeOf<CaseInput['notes']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<Case>().not.toMatchTypeOf<CaseInput>();
  });
});
