import { type DateOnly, daysBetween, type MunicipalityCode } from '@stadig/core';
import fc from 'fast-check';
import type { CaseEvent } from '../lifecycle/caseEventSchema';
import { closeReasons } from '../lifecycle/vocabulary';
import { declineReasons } from '../model/vocabulary';
import { plusDays } from '../synthetic/plusDays';

/**
 * Options for {@link arbCaseEvent}.
 *
 * @example
 * ```ts
 * const options: ArbCaseEventOptions = { from: parseDateOnly('2025-01-01')._unsafeUnwrap() };
 * ```
 */
export interface ArbCaseEventOptions {
  /** The earliest event date (default 2024-01-01). */
  readonly from?: DateOnly;
  /** The latest event date (default 2026-12-31). */
  readonly to?: DateOnly;
}

const keys = <T extends object>(table: T) => Object.keys(table) as (keyof T & string)[];

/**
 * Any case event, legal or not in a given state: for testing code that applies events.
 * Offer ids come from a small set so that offers, declines and move-ins meet.
 *
 * @param options - the date range
 * @returns an arbitrary of case events
 *
 * @example
 * ```ts
 * fc.sample(arbCaseEvent(), 1)[0]?.type in caseEventTypes;
 * //=> true
 * ```
 */
export function arbCaseEvent({
  from = '2024-01-01' as DateOnly,
  to = '2026-12-31' as DateOnly,
}: ArbCaseEventOptions = {}): fc.Arbitrary<CaseEvent> {
  const date = fc
    .integer({ min: 0, max: Math.max(0, daysBetween(from, to)) })
    .map((n) => plusDays(from, n));
  const offerId = fc.constantFrom('o1', 'o2', 'o3');
  const municipality = fc.constantFrom('2062', '0180', '1480') as fc.Arbitrary<MunicipalityCode>;
  return fc.oneof(
    fc.record({ type: fc.constant('opened' as const), date }),
    fc.record({ type: fc.constant('placed' as const), date }),
    fc.record({ type: fc.constant('planning-started' as const), date }),
    fc.record({ type: fc.constant('offer-made' as const), date, offerId, municipality }),
    fc.record({
      type: fc.constant('offer-declined' as const),
      date,
      offerId,
      by: fc.constantFrom('household' as const, 'landlord' as const),
      reasons: fc.uniqueArray(fc.constantFrom(...keys(declineReasons)), {
        minLength: 1,
        maxLength: 3,
      }),
    }),
    fc.record({ type: fc.constant('moved-in' as const), date, offerId }),
    fc.record({ type: fc.constant('follow-up-started' as const), date }),
    fc.record({
      type: fc.constant('closed' as const),
      date,
      reason: fc.constantFrom(...keys(closeReasons)),
    }),
  );
}
