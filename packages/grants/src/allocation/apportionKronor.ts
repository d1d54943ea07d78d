import type { Money } from '@stadig/core';

/**
 * Splits an amount in whole kronor in proportion to claims, never giving a claim more
 * than it asks, so that the parts add up exactly to the amount (or to the claims'
 * total when the amount covers them all).
 *
 * The rounding is Sainte-Laguë's (highest averages with divisors 1, 3, 5, … in half
 * kronor): each krona goes, in a fixed order, to the claim whose next krona has the
 * highest average `claim / (given + ½)`, equal averages to the lower index. It starts
 * from the exact shares rounded half up and adds or takes back the few kronor left.
 * Unlike largest remainder (Hamilton), it is **house-monotone**: a larger amount
 * never gives any claim less (largest remainder can: 10 kr over claims of 6, 6 and
 * 2 kr gives 4, 4, 2, while 11 kr gives 5, 5, 1: the Alabama paradox). Equal claims
 * get amounts within one krona of each other.
 *
 * Amounts are öre; the amount and claims count in whole kronor, rounded down
 * (negative or non-integer values count as 0). Exact (BigInt). Never throws.
 *
 * @param total - the amount to split, in öre
 * @param claims - what each claim asks for, in öre
 * @returns the parts in the order of the claims, in öre (whole kronor)
 *
 * @example
 * ```ts
 * apportionKronor(1000 as Money, [600, 600, 200] as Money[]);
 * //=> [500, 400, 100]
 * apportionKronor(1100 as Money, [600, 600, 200] as Money[]);
 * //=> [500, 500, 100]
 * apportionKronor(5000 as Money, [600, 600, 200] as Money[]);
 * //=> [600, 600, 200]
 * ```
 */
export function apportionKronor(total: Money, claims: readonly Money[]): Money[] {
  const list = Array.isArray(claims) ? claims : [];
  const weights = list.map(kronor);
  const sum = weights.reduce((a, b) => a + b, 0n);
  const amount = kronor(total);
  if (amount >= sum) return weights.map(toOre);
  const given = weights.map((w) => (2n * w * amount + sum) / (2n * sum));
  let handed = given.reduce((a, b) => a + b, 0n);
  // next krona of claim i has the average w / (given + ½): compare 2w / (2·given + 1)
  const before = (i: number, j: number, di: bigint, dj: bigint) =>
    (weights[i] ?? 0n) * (2n * (given[j] ?? 0n) + dj) -
    (weights[j] ?? 0n) * (2n * (given[i] ?? 0n) + di);
  while (handed < amount) {
    let best = -1;
    for (let i = 0; i < weights.length; i++) {
      if ((given[i] ?? 0n) >= (weights[i] ?? 0n)) continue;
      if (best < 0 || before(i, best, 1n, 1n) > 0n) best = i;
    }
    given[best] = (given[best] ?? 0n) + 1n;
    handed += 1n;
  }
  while (handed > amount) {
    let last = -1;
    for (let i = 0; i < weights.length; i++) {
      if ((given[i] ?? 0n) === 0n) continue;
      if (last < 0 || before(i, last, -1n, -1n) <= 0n) last = i;
    }
    given[last] = (given[last] ?? 0n) - 1n;
    handed -= 1n;
  }
  return given.map(toOre);
}

function kronor(ore: unknown): bigint {
  return typeof ore === 'number' && Number.isSafeInteger(ore) && ore > 0 ? BigInt(ore) / 100n : 0n;
}

function toOre(kr: bigint): Money {
  return Number(kr * 100n) as Money;
}
