import {
  createErrorFactory,
  err,
  type Money,
  ok,
  type Result,
  type StadigError,
} from '@stadig/core';
import type { AllocationPolicy, PolicyClaim } from './AllocationPolicy';
import { allocationMessages } from './messages';

const allocationError = createErrorFactory(allocationMessages);

/**
 * Runs a policy and checks what it returns: one amount per claim, each whole kronor,
 * from 0 to the claim's eligible part, together at most the available amount. A
 * policy that throws or breaks a rule gives `grants.policy-broke-rule`.
 *
 * @internal
 * @param policy - the policy
 * @param claims - the claims
 * @param available - the available amount, in öre
 * @returns the amounts, or the broken rule
 *
 * @example
 * ```ts
 * checkPolicyOutput(proRataPolicy, claims, 100000 as Money).isOk();
 * //=> true
 * ```
 */
export function checkPolicyOutput(
  policy: AllocationPolicy,
  claims: readonly PolicyClaim[],
  available: Money,
): Result<readonly Money[], StadigError> {
  const broke = (rule: string) =>
    err(
      allocationError('grants.policy-broke-rule', { policy: String(policy.id), rule }, ['policy']),
    );
  let amounts: readonly Money[];
  try {
    amounts = policy.allocate(claims, available);
  } catch {
    return broke('allocate threw');
  }
  if (!Array.isArray(amounts) || amounts.length !== claims.length)
    return broke('one amount per claim');
  let total = 0;
  for (const [i, amount] of amounts.entries()) {
    if (!Number.isSafeInteger(amount) || amount % 100 !== 0) return broke('whole kronor');
    if (amount < 0 || amount > (claims[i]?.eligible ?? 0))
      return broke('from 0 to the eligible part');
    total += amount;
  }
  if (total > available) return broke('at most the available amount');
  return ok(amounts.map((a) => (a === 0 ? 0 : a) as Money));
}
