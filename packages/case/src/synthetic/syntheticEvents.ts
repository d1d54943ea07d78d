import type { DateOnly, MunicipalityCode } from '@stadig/core';
import type { HousingSolutionInput } from '@stadig/housing';
import type { CaseEventInput } from '../lifecycle/caseEventSchema';
import type { CloseReason } from '../lifecycle/vocabulary';
import type { declineReasons as declineReasonTable } from '../model/vocabulary';
import { caseDistributions as dist } from './distributions';
import { plusDays } from './plusDays';
import type { Random } from './Random';
import { syntheticSolution } from './syntheticSolution';

/** What {@link syntheticEvents} needs to know about the household. */
export interface SyntheticEventContext {
  /** The day the case opened. */
  readonly opened: DateOnly;
  /** The day the case is seen on: no event is later. */
  readonly asOf: DateOnly;
  /** Where offers are made. */
  readonly municipality: MunicipalityCode;
  /** Rooms the household needs (offers have at least these). */
  readonly rooms: number;
}

const declineReasons = [
  'too-close-to-perpetrator',
  'rent-too-high',
  'too-few-rooms',
  'far-from-school-or-care',
  'landlord-requirements',
  'not-permanent',
] as const satisfies readonly (keyof typeof declineReasonTable)[];

/**
 * A synthetic event log that walks the lifecycle from `opened` up to `asOf`: placed
 * within 3 days, planning 7–60 days later; then up to {@link caseDistributions}
 * `maxOffers` offers 14–120 days apart, each declined (by the household or the
 * landlord, with a reason) with the share `offerDeclined`; a move-in 14–60 days after
 * the offer accepted, with the home moved into as the outcome; follow-up, and closure
 * 90–365 days after the move-in, with permanent housing when the home is a long-term
 * one. A share of the cases (`closedWithoutMoveIn`) closes while planning instead: the
 * household moved on its own, returned to the perpetrator, or the case was
 * discontinued. No event is later than `asOf`.
 *
 * @param random - the seeded generator
 * @param context - the opening day, `asOf`, where offers are made, rooms needed
 * @returns the events, the placement and planning dates, and the outcome if any
 *
 * @example
 * ```ts
 * syntheticEvents(createRandom(1), { opened, asOf, municipality: '2062', rooms: 2 }).events[0]?.type;
 * //=> 'opened'
 * ```
 */
export function syntheticEvents(
  random: Random,
  { opened, asOf, municipality, rooms }: SyntheticEventContext,
): {
  events: CaseEventInput[];
  placed: DateOnly;
  planning: DateOnly;
  moved?: DateOnly;
  outcome?: { date: DateOnly; solution: HousingSolutionInput };
} {
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
  let last = planning;
  for (let n = 1; n <= dist.maxOffers; n++) {
    const offered = day(last, 14, 120);
    if (offered >= asOf) return { events, placed, planning };
    if (n === 1 && random.chance(dist.closedWithoutMoveIn)) {
      const reason: CloseReason = random.weighted(dist.closeWithoutMoveIn);
      events.push({ type: 'closed', date: offered, reason });
      return { events, placed, planning };
    }
    const offerId = `o${n}`;
    events.push({ type: 'offer-made', date: offered, offerId, municipality, rooms });
    last = offered;
    if (n < dist.maxOffers && random.chance(dist.offerDeclined)) {
      last = day(offered, 1, 14);
      events.push({
        type: 'offer-declined',
        date: last,
        offerId,
        by: random.chance(0.7) ? 'household' : 'landlord',
        reasons: [random.pick(declineReasons)],
      });
      continue;
    }
    const moved = day(offered, 14, 60);
    if (moved >= asOf) return { events, placed, planning };
    events.push({ type: 'moved-in', date: moved, offerId });
    const solution = syntheticSolution(random, { moved, municipality, rooms });
    const outcome = { date: moved, solution };
    const followUp = day(moved, 14, 60);
    if (followUp < asOf) events.push({ type: 'follow-up-started', date: followUp });
    const closed = day(moved, 90, 365);
    if (closed < asOf && closed >= followUp) {
      const longTerm = solution.tenure !== 'lodger' && solution.tenure !== 'with-relatives';
      events.push({
        type: 'closed',
        date: closed,
        reason: longTerm ? 'permanent-housing-arranged' : 'moved-on-own',
      });
    }
    return { events, placed, planning, moved, outcome };
  }
  return { events, placed, planning };
}
