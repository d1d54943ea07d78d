import type { CaseInput } from '../model/caseSchema';
import { generateCaseInput } from './generateCaseInput';
import type { GenerateCasesOptions } from './generateCases';
import { createRandom } from './Random';

/**
 * The synthetic cases of {@link generateCases} in input form: what a file holds and
 * `parseCase` reads. The same seed gives the same cases as `generateCases`. Clearly
 * fake: syllable names with the surname `Testperson…`, no identity numbers.
 *
 * @param options - seed, how many (at most 10 000 per call) and the date they are made for
 * @returns the inputs, in order
 *
 * @example
 * ```ts
 * generateCaseInputs({ seed: 1, count: 2, asOf }).map((c) => c.id);
 * //=> ['synthetic-0000', 'synthetic-0001']
 * ```
 */
export function generateCaseInputs({ seed, count, asOf }: GenerateCasesOptions): CaseInput[] {
  const random = createRandom(seed);
  const n = Math.max(0, Math.min(10_000, Math.floor(count)));
  return Array.from({ length: n }, (_, index) => generateCaseInput(random, asOf, index));
}
