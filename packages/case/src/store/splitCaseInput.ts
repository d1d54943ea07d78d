import type { CaseEventInput } from '../lifecycle/caseEventSchema';
import type { CaseInput } from '../model/caseSchema';
import type { CaseBody, CaseProtectedPart, StoredPerson } from './CaseParts';

type RawPerson = CaseInput['household']['survivor'];

/**
 * The three stored parts of a validated case input: the non-protected `body`, the
 * `protectedPart` (names, identity numbers, place labels and coordinates, notes, the
 * outcome's address) and the append-only `events`. {@link joinCaseParts} puts them
 * back together exactly. Pure; keys that are absent stay absent.
 *
 * @param input - a case input that `parseCase` accepted
 * @returns the parts
 *
 * @example
 * ```ts
 * const { body, protectedPart } = splitCaseInput(exampleCaseInput());
 * [JSON.stringify(body).includes('Testa'), protectedPart.people[0]?.name];
 * //=> [false, 'Testa Exempelsdotter']
 * ```
 */
export function splitCaseInput(input: CaseInput): {
  readonly body: CaseBody;
  readonly protectedPart: CaseProtectedPart;
  readonly events: readonly CaseEventInput[];
} {
  const { household, protection, outcome, notes, events, ...rest } = input;
  const people: { name: string; identityNumber?: string }[] = [];
  const stored = <P extends RawPerson>({ name, identityNumber, ...other }: P) => {
    people.push(identityNumber === undefined ? { name } : { name, identityNumber });
    return other;
  };
  const survivor: StoredPerson = stored(household.survivor);
  const children = household.children.map((c) => stored(c));
  const otherAdults = household.otherAdults?.map((a) => stored(a));
  const places = protection.keepDistanceFrom.map(({ label, coordinates }) => ({
    ...(label === undefined ? {} : { label }),
    ...(coordinates === undefined ? {} : { coordinates }),
  }));
  const keepDistanceFrom = protection.keepDistanceFrom.map(({ radiusKm }) =>
    radiusKm === undefined ? {} : { radiusKm },
  );
  const address = outcome?.solution.address;
  const body: CaseBody = {
    ...rest,
    household: {
      survivor,
      children,
      ...(otherAdults === undefined ? {} : { otherAdults }),
    },
    protection: { ...protection, keepDistanceFrom },
    ...(outcome === undefined ? {} : { outcome: withoutAddress(outcome) }),
  };
  return {
    body,
    protectedPart: {
      people,
      places,
      notes: notes ?? [],
      ...(address === undefined ? {} : { outcomeAddress: address }),
    },
    events,
  };
}

function withoutAddress(
  outcome: NonNullable<CaseInput['outcome']>,
): NonNullable<CaseBody['outcome']> {
  const { address: _address, ...solution } = outcome.solution;
  return { date: outcome.date, solution };
}
