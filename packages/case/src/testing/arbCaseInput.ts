import type { DateOnly } from '@stadig/core';
import fc from 'fast-check';
import type { Case } from '../model/Case';
import type { CaseInput } from '../model/caseSchema';
import { parseCase } from '../model/parseCase';
import { generateCaseInput } from '../synthetic/generateCaseInput';
import { createRandom } from '../synthetic/Random';

/**
 * Options for {@link arbCaseInput} and {@link arbCase}.
 *
 * @example
 * ```ts
 * const options: ArbCaseOptions = { asOf: parseDateOnly('2025-06-01')._unsafeUnwrap() };
 * ```
 */
export interface ArbCaseOptions {
  /** The day the cases are valid on. */
  readonly asOf: DateOnly;
}

const text = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0);

/**
 * Valid case inputs: a generated case (see `generateCases`) whose survivor's name,
 * notes and place label are arbitrary text, to test that no personal text leaks.
 *
 * @param options - `asOf`
 * @returns an arbitrary of case inputs that `parseCase` accepts on `asOf`
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbCaseInput({ asOf }), (input) => parseCase(input, { asOf }).isOk()));
 * ```
 */
export function arbCaseInput({ asOf }: ArbCaseOptions): fc.Arbitrary<CaseInput> {
  return fc
    .record({
      seed: fc.integer(),
      name: text,
      notes: fc.array(text, { maxLength: 3 }),
      label: text,
    })
    .map(({ seed, name, notes, label }) => {
      const input = generateCaseInput(createRandom(seed), asOf, 0);
      const { survivor } = input.household;
      return {
        ...input,
        household: { ...input.household, survivor: { ...survivor, name } },
        protection: { ...input.protection, keepDistanceFrom: [{ label }] },
        notes,
      };
    });
}

/**
 * Parsed cases, from {@link arbCaseInput}.
 *
 * @param options - `asOf`
 * @returns an arbitrary of cases
 *
 * @example
 * ```ts
 * fc.sample(arbCase({ asOf }), 1)[0]?.household.survivor.protectedIdentity in protectedIdentityStatuses;
 * //=> true
 * ```
 */
export function arbCase(options: ArbCaseOptions): fc.Arbitrary<Case> {
  return arbCaseInput(options)
    .map((input) => parseCase(input, options))
    .filter((parsed) => parsed.isOk())
    .map((parsed) => parsed._unsafeUnwrap());
}
