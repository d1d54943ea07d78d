import type { Money, Period } from '@stadig/core';
import type { SourceRef } from '../sources/SourceRef';

/**
 * A grant year (bidragsår): what the agency had, what it kept for administration,
 * when costs count, when municipalities could apply, and under which rules.
 *
 * @example
 * ```ts
 * const year: GrantYear = grantYears[2023];
 * year.costWindow;
 * //=> { from: '2023-01-01', to: '2023-12-31' }
 * ```
 */
export interface GrantYear {
  /** The calendar year, such as 2023. */
  readonly year: number;
  /** The amount for the year, administration included where the source says so. */
  readonly budget: Money;
  /** The share the agency kept for administration; `null` when not published. */
  readonly administration: Money | null;
  /** Costs within this period (both days included) are eligible. */
  readonly costWindow: Period & { readonly to: NonNullable<Period['to']> };
  /** Whether costs before the decision count (2022: from 7 July, retroactively). */
  readonly retroactive: boolean;
  /** When applications were open; `null` when the source does not publish it. */
  readonly applicationWindow: Period | null;
  /** The rules the year is decided under, such as `'SFS 2022:1416'`. */
  readonly rulesVersion: string;
  /** Where each figure comes from. */
  readonly sources: readonly SourceRef[];
}
