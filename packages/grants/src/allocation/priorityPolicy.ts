import type { Money } from '@stadig/core';
import type { ActivityCategory } from '../categories/activityCategories';
import { seed004 } from '../sources/seed004';
import type { AllocationPolicy } from './AllocationPolicy';
import { apportionKronor } from './apportionKronor';

/**
 * The categories {@link priorityPolicy} puts first by default: the six kinds of
 * cooperation, which the government assignment stresses (seed 004, Sammanfattning,
 * line 92).
 *
 * @example
 * ```ts
 * defaultPriorityCategories.includes('cooperation-landlords');
 * //=> true
 * ```
 */
export const defaultPriorityCategories: readonly ActivityCategory[] = [
  'cooperation-landlords',
  'cooperation-municipalities-in-county',
  'cooperation-municipalities-outside-county',
  'cooperation-within-municipality',
  'cooperation-agencies',
  'cooperation-civil-society',
];

/**
 * A policy that funds the eligible costs in priority categories first: each
 * application's priority part (its eligible costs in those categories, at most its
 * eligible part) is funded, pro rata when even those do not fit; what is left is
 * shared pro rata over the rest. Whole kronor, house-monotone (`apportionKronor`).
 *
 * @param categories - the priority categories (default: the cooperation categories)
 * @returns the policy
 *
 * @example
 * ```ts
 * priorityPolicy(['social-contracts']).id;
 * //=> 'priority'
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function priorityPolicy(
  categories: readonly ActivityCategory[] = defaultPriorityCategories,
): AllocationPolicy {
  const first = new Set(categories);
  return {
    id: 'priority',
    name: { sv: 'Prioriterade kategorier först', en: 'Priority categories first' },
    reduction: {
      code: 'reduced.priority',
      text: {
        sv: 'Medlen räckte inte: kostnader i prioriterade kategorier finansierades först och resten proportionellt.',
        en: 'The funds did not suffice: costs in priority categories were funded first and the rest pro rata.',
      },
      source: seed004('Sammanfattning (line 92)'),
    },
    allocate: (claims, available) => {
      const priority = claims.map((c) => {
        const sum = Object.entries(c.eligibleByCategory)
          .filter(([category]) => first.has(category as ActivityCategory))
          .reduce((total, [, amount]) => total + (amount ?? 0), 0);
        return Math.min(sum, c.eligible) as Money;
      });
      const tier1 = apportionKronor(available, priority);
      const left = (available - tier1.reduce((a, b) => a + b, 0)) as Money;
      const tier2 = apportionKronor(
        left,
        claims.map((c, i) => (c.eligible - (priority[i] ?? 0)) as Money),
      );
      return tier1.map((amount, i) => (amount + (tier2[i] ?? 0)) as Money);
    },
  };
}
