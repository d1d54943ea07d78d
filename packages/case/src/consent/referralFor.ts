import {
  ageAt,
  createErrorFactory,
  type DateOnly,
  type NonEmptyReadonlyArray,
  roomsNeeded,
  type StadigError,
} from '@stadig/core';
import { err, ok, type Result } from 'neverthrow';
import type { Case } from '../model/Case';
import { canShare, type Recipient } from './canShare';
import { consentMessages } from './messages';
import { type AgeBand, ageBands, type Referral } from './Referral';

const consentError = createErrorFactory(consentMessages);
const bandOf = (age: number): AgeBand =>
  (Object.keys(ageBands) as AgeBand[]).find((b) => age <= ageBands[b].max) ?? '18+';

/**
 * The referral a landlord gets: household size, ages in bands (0–5, 6–12, 13–17, 18+),
 * rooms needed (core `roomsNeeded`, default norm), accessibility, pets and the move-in
 * window. It never holds a name, identity number, address or violence detail, for
 * anyone; people with protected identity are counted like everyone else. Given only
 * under a valid consent to the recipient for `housing-referral`.
 *
 * @param c - the case
 * @param recipient - the landlord or housing company
 * @param asOf - the day of the referral (ages are counted on it)
 * @returns the referral, or why it cannot be given
 *
 * @example
 * ```ts
 * referralFor(c, { kind: 'organisation', name: 'Okänd AB' }, asOf)._unsafeUnwrapErr()[0].code;
 * //=> 'consent.none'
 * ```
 */
export function referralFor(
  c: Case,
  recipient: Recipient,
  asOf: DateOnly,
): Result<Referral, NonEmptyReadonlyArray<StadigError>> {
  const answer = canShare(c, recipient, 'housing-referral', asOf);
  if (!answer.allowed) return err([consentError(answer.reason.code, {}, ['consents'])]);
  const { survivor, children, otherAdults } = c.household;
  const adults = [survivor, ...otherAdults];
  const rooms = roomsNeeded(
    {
      adults: adults.map((a) => (a.birthDate === undefined ? {} : { birthDate: a.birthDate })),
      children: children.map((child) => ({ birthDate: child.birthDate })),
    },
    { asOf },
  );
  if (rooms.isErr()) return err(rooms.error);
  const bands: Record<AgeBand, number> = { '0-5': 0, '6-12': 0, '13-17': 0, '18+': 0 };
  for (const person of [...adults, ...children]) {
    const age = person.birthDate === undefined ? ok(18) : ageAt(person.birthDate, asOf);
    bands[bandOf(age.unwrapOr(0))] += 1;
  }
  const window = c.moveInWindow ?? { earliest: asOf };
  return ok({
    purpose: 'housing-referral',
    asOf,
    householdSize: adults.length + children.length,
    ageBands: bands,
    rooms: rooms.value.rooms,
    accessibility: [...(c.needs?.accessibility ?? [])],
    pets: [...(c.needs?.pets ?? [])],
    moveInWindow:
      window.latest === undefined
        ? { earliest: window.earliest }
        : { earliest: window.earliest, latest: window.latest },
  });
}
