import { protect } from '@stadig/core';
import type { HousingSolution } from './housingSolutionSchema';

/**
 * A solution the housing schema has accepted, with its address wrapped by
 * `protect(…, 'address')`: what a parser whose input holds a housing solution (an
 * offer's dwelling, a case's outcome) returns for it. The solution is copied, never
 * changed; a solution without an address gets no `address` key. The copy is made with
 * stores, not spread: it is on the hot path of every parser that holds a solution.
 *
 * @param raw - the solution as the schema returned it
 * @returns the solution with its address protected
 *
 * @example
 * ```ts
 * const solution = protectSolutionAddress({ tenure: 'sublease', address: { street: 'Testgatan 1' } });
 * JSON.stringify(solution.address);
 * //=> '"[protected:address]"'
 * ```
 */
export function protectSolutionAddress(raw: { readonly address?: unknown }): HousingSolution {
  const solution: Record<string, unknown> = { ...raw };
  if (raw.address === undefined) {
    if ('address' in solution) delete solution.address;
  } else solution.address = protect(raw.address, 'address');
  return solution as unknown as HousingSolution;
}
