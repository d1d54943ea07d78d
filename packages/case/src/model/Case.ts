import type { DateOnly, IdentityNumber, Protected } from '@stadig/core';
import type { HousingSolution, PermanenceVerdict } from '@stadig/housing';
import type * as z from 'zod/mini';
import type { caseSchema } from './caseSchema';
import type { ProtectedIdentityStatus } from './vocabulary';

type Raw = z.output<typeof caseSchema>;

/**
 * A person in the household after parsing: the name and identity number are
 * `Protected`; the birth date is the one given or the one the identity number encodes.
 *
 * @example
 * ```ts
 * const survivor: Person = parseCase(input, { asOf })._unsafeUnwrap().household.survivor;
 * String(survivor.name);
 * //=> '[protected:name]'
 * ```
 */
export interface Person {
  readonly name: Protected<string>;
  readonly identityNumber?: IdentityNumber;
  readonly birthDate?: DateOnly;
  readonly protectedIdentity: ProtectedIdentityStatus;
}

/**
 * A place to keep a distance from: its label is Protected free text and its
 * coordinates a Protected location.
 *
 * @example
 * ```ts
 * const place: KeepDistanceFrom = { radiusKm: 50 };
 * ```
 */
export interface KeepDistanceFrom {
  readonly label?: Protected<string>;
  readonly coordinates?: Protected<{ readonly lat: number; readonly lon: number }>;
  readonly radiusKm?: number;
}

/**
 * The outcome of a case: the housing solution (its address Protected) and the
 * permanence verdict of the national rule set on the outcome date.
 *
 * @example
 * ```ts
 * parseCase(input, { asOf })._unsafeUnwrap().outcome?.verdict.verdict;
 * //=> 'permanent'
 * ```
 */
export interface CaseOutcome {
  readonly date: DateOnly;
  readonly solution: HousingSolution;
  readonly verdict: PermanenceVerdict;
}

/**
 * A validated case of one municipality for one household. Every personal value is
 * `Protected`, so `JSON.stringify(case)` shows none of them.
 *
 * @example
 * ```ts
 * const c: Case = parseCase(input, { asOf })._unsafeUnwrap();
 * c.household.children.length;
 * //=> 2
 * ```
 */
export type Case = Readonly<
  Omit<Raw, 'household' | 'protection' | 'outcome' | 'notes'> & {
    readonly household: {
      readonly survivor: Person;
      readonly children: readonly (Person & { readonly birthDate: DateOnly })[];
      readonly otherAdults: readonly Person[];
    };
    readonly protection: Omit<Raw['protection'], 'keepDistanceFrom'> & {
      readonly keepDistanceFrom: readonly KeepDistanceFrom[];
    };
    readonly outcome?: CaseOutcome;
    readonly notes: readonly Protected<string>[];
  }
>;
