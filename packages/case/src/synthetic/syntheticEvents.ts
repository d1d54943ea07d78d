import type { DateOnly, MunicipalityCode } from '@stadig/core';
import type { CaseEventInput } from '../lifecycle/caseEventSchema';
import { plusDays } from './plusDays';
import type { Random } from './Random';

/**
 * A synthetic event log that walks the lifecycle from `opened` up to `asOf`: placed
 * within 3 days, planning 7–60 days later, an offer 14–120 days later that is declined
 * in 30 % of cases or leads to a move-in 14–60 days later, and closure with permanent
 * housing 90–365 days after the move-in. No event is later than `asOf`.
 *
 * @param random - the seeded generator
 * @param opened - the day the case opened
 * @param asOf - the day the case is seen on
 * @param municipality - where the offer is
 * @returns the events, and the placement and planning dates
 *
 * @example
 * ```ts
 * syntheticEvents(createRandom(1), opened, asOf, '2062').events[0]?.type;
 * //=> 'opened'
 * ```
 */
export function syntheticEvents(
  random: Random,
  opened: DateOnly,
  asOf: DateOnly,
  municipality: MunicipalityCode,
): { events: CaseEventInput[]; placed: DateOnly; planning: DateOnly } {
  const day = (from: DateOnly, min: number, max: number) => {
    const d = plusDays(from, random.int(min, max));
    return d > asOf ? asOf : d;
  };
  const placed = day(opened, 0, 3);
  const planning = day(placed, 7, 60);
  const events: CaseEventInput[] = [
    { type: 'opened', date: opened },
    { type: 'placed', date: placed },
    { type: 'planning-started', date: planning },
  ];
  const offer = day(planning, 14, 120);
  if (offer < asOf) {
    events.push({
      type: 'offer-made',
      date: offer,
      offerId: 'o1',
      municipality,
    });
    if (random.chance(0.3)) {
      events.push({
        type: 'offer-declined',
        date: day(offer, 1, 14),
        offerId: 'o1',
        by: 'household',
        reasons: ['too-close-to-perpetrator'],
      });
    } else if (day(offer, 14, 60) < asOf) {
      const moved = day(offer, 14, 60);
      events.push({ type: 'moved-in', date: moved, offerId: 'o1' });
      const closed = day(moved, 90, 365);
      if (closed < asOf)
        events.push({ type: 'closed', date: closed, reason: 'permanent-housing-arranged' });
    }
  }
  return { events, placed, planning };
}
