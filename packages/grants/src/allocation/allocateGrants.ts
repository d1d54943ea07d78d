import {
  createErrorFactory,
  err,
  type Money,
  type NonEmptyReadonlyArray,
  ok,
  type Result,
  type StadigError,
} from '@stadig/core';
import type { GrantApplication } from '../applications/GrantApplication';
import type { GrantYear } from '../years/GrantYear';
import type { Allocation } from './Allocation';
import type { AllocationPolicy } from './AllocationPolicy';
import { assessApplication } from './assessApplication';
import { checkPolicyOutput } from './checkPolicyOutput';
import { decideApplication } from './decideApplication';
import { allocationMessages } from './messages';
import { proRataPolicy } from './proRataPolicy';
import { summarizeAllocation } from './summarizeAllocation';

const allocationError = createErrorFactory(allocationMessages);

/**
 * One allocation round: the grant year (its cost window and year), and the budget
 * and administration share, by default the year's published ones (an unpublished
 * administration share counts as 0).
 *
 * @example
 * ```ts
 * const round: GrantRound = { year: grantYears[2023], budget: 3000000000 as Money };
 * ```
 */
export interface GrantRound {
  readonly year: GrantYear;
  readonly budget?: Money;
  readonly administration?: Money;
}

/**
 * Decides a round of applications. Only eligible parts are funded (see
 * `assessActivity`). When the eligible parts fit in the available amount (budget −
 * administration), each is granted in full; when they do not, `policy` decides (pro
 * rata by default). Grants are whole kronor; each application's grant is split over
 * its activities by largest remainder, so every part adds up exactly. Checks the
 * round (whole kronor, administration ≤ budget), that every application is for the
 * round's year and has its own id, and what the policy returns. Never throws.
 *
 * @param applications - validated applications (`parseGrantApplication`)
 * @param round - the year, budget and administration share
 * @param policy - how to share the funds when they do not suffice
 * @returns one decision per application and the summary, or every problem
 *
 * @example
 * ```ts
 * const allocation = allocateGrants(applications, { year: grantYears[2023] })._unsafeUnwrap();
 * allocation.summary.available;
 * //=> 2750000000
 * ```
 */
export function allocateGrants(
  applications: readonly GrantApplication[],
  round: GrantRound,
  policy: AllocationPolicy = proRataPolicy,
): Result<Allocation, NonEmptyReadonlyArray<StadigError>> {
  const budget = round.budget ?? round.year.budget;
  const administration = round.administration ?? round.year.administration ?? (0 as Money);
  const problems: StadigError[] = [];
  const wholeKronor = (m: Money) => Number.isSafeInteger(m) && m >= 0 && m % 100 === 0;
  if (!wholeKronor(budget))
    problems.push(allocationError('grants.not-whole-kronor', {}, ['budget']));
  if (!wholeKronor(administration))
    problems.push(allocationError('grants.not-whole-kronor', {}, ['administration']));
  else if (wholeKronor(budget) && administration > budget) {
    problems.push(allocationError('grants.administration-exceeds-budget', {}, ['administration']));
  }
  const seen = new Set<string>();
  applications.forEach((a, i) => {
    if (a.year !== round.year.year) {
      problems.push(
        allocationError('grants.wrong-year', { expected: round.year.year }, [
          'applications',
          i,
          'year',
        ]),
      );
    }
    if (seen.has(a.id))
      problems.push(allocationError('grants.duplicate-application', {}, ['applications', i, 'id']));
    seen.add(a.id);
  });
  const assessed = applications.map((a) => assessApplication(a, round.year.costWindow));
  const eligible = assessed.reduce((sum, a) => sum + BigInt(a.claim.eligible), 0n);
  const requested = applications.reduce((sum, a) => sum + BigInt(a.requested), 0n);
  if (requested > BigInt(Number.MAX_SAFE_INTEGER))
    problems.push(allocationError('grants.total-too-large', {}, []));
  const [first, ...rest] = problems;
  if (first !== undefined) return err([first, ...rest]);
  const available = (budget - administration) as Money;
  const policyApplied = eligible > BigInt(available);
  const grants = policyApplied
    ? checkPolicyOutput(
        policy,
        assessed.map((a) => a.claim),
        available,
      )
    : ok(assessed.map((a) => a.claim.eligible));
  if (grants.isErr()) return err([grants.error]);
  const decisions = assessed.map((a, i) =>
    decideApplication(a, grants.value[i] ?? (0 as Money), policy),
  );
  const summary = summarizeAllocation(decisions, {
    year: round.year.year,
    policy: policy.id,
    policyApplied,
    budget,
    administration,
  });
  return ok({ decisions, summary });
}
