import type { Money } from '@stadig/core';
import type { AllocationPolicy } from './AllocationPolicy';
import { apportionKronor } from './apportionKronor';

/**
 * A policy with a ceiling per application: no application gets more than `cap`
 * (whole kronor, rounded down); when the capped parts still do not fit, they are
 * reduced pro rata (house-monotone, `apportionKronor`). What the cap leaves is not
 * granted. Like every policy, it applies only when the eligible parts do not fit.
 *
 * @param cap - the most one application can get, in öre
 * @returns the policy
 *
 * @example
 * ```ts
 * capPolicy(50000000 as Money).allocate([claim('A', 90000000), claim('B', 20000000)], 100000000 as Money);
 * //=> [50000000, 20000000]
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function capPolicy(cap: Money): AllocationPolicy {
  const ceiling = Number.isSafeInteger(cap) && cap > 0 ? Math.floor(cap / 100) * 100 : 0;
  return {
    id: 'cap',
    name: { sv: 'Tak per ansökan', en: 'Cap per application' },
    reduction: {
      code: 'reduced.cap',
      text: {
        sv: 'Medlen räckte inte: ingen ansökan fick mer än taket, och vid behov minskades alla proportionellt.',
        en: 'The funds did not suffice: no application got more than the cap, and all were reduced pro rata where needed.',
      },
      source: null,
    },
    allocate: (claims, available) =>
      apportionKronor(
        available,
        claims.map((c) => Math.min(c.eligible, ceiling) as Money),
      ),
  };
}
