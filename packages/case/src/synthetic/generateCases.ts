import { assert, assertMessages, type DateOnly } from '@stadig/core';
import type { Case } from '../model/Case';
import { parseCase } from '../model/parseCase';
import { generateCaseInputs } from './generateCaseInputs';

/**
 * Options for {@link generateCases}.
 *
 * @example
 * ```ts
 * const options: GenerateCasesOptions = { seed: 1, count: 10, asOf: parseDateOnly('2025-06-01')._unsafeUnwrap() };
 * ```
 */
export interface GenerateCasesOptions {
  /** Any integer; the same seed gives the same cases. */
  readonly seed: number;
  /** How many cases (0–10 000). */
  readonly count: number;
  /** The day the cases are seen on: no event is later. */
  readonly asOf: DateOnly;
}

/**
 * Deterministic, realistic, clearly synthetic cases for demos, tests and benchmarks.
 * Names are built from syllables with the surname `Testperson…` and addresses are
 * `Testgatan N`; cases carry no identity numbers (any number with a valid check digit
 * may belong to a real person). Cases walk the lifecycle with several offers, declines
 * with reasons, closures with every reason, and an outcome home once the household has
 * moved in. The distributions, with their sources, are {@link caseDistributions}.
 *
 * @param options - seed, count and `asOf`
 * @returns the parsed cases
 *
 * @example
 * ```ts
 * generateCases({ seed: 1, count: 3, asOf }).map((c) => c.id);
 * //=> ['synthetic-0000', 'synthetic-0001', 'synthetic-0002']
 * ```
 */
export function generateCases(options: GenerateCasesOptions): readonly Case[] {
  const { asOf } = options;
  return generateCaseInputs(options).map((input) => {
    const parsed = parseCase(input, { asOf });
    // A generated case that does not parse is a bug in the generator, not an input problem.
    assert(parsed.isOk(), assertMessages.unreachable);
    return parsed.value;
  });
}
