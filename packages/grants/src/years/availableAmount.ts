import type { Money } from '@stadig/core';
import type { GrantYear } from './GrantYear';

/**
 * What the agency can grant in a year: the budget less the administration share (an
 * unpublished share counts as nothing kept).
 *
 * @param year - the grant year
 * @returns the available amount in öre
 *
 * @example
 * ```ts
 * availableAmount(grantYears[2023]); // 30 MSEK − 2.5 MSEK
 * //=> 2750000000
 * ```
 */
export function availableAmount(year: Pick<GrantYear, 'budget' | 'administration'>): Money {
  return (year.budget - (year.administration ?? 0)) as Money;
}
