import type { CaseEventInput } from '../lifecycle/caseEventSchema';
import type { CaseInput } from '../model/caseSchema';
import type { CaseBody, CaseProtectedPart } from './CaseParts';

/**
 * Puts the stored parts of a case back into a case input, the inverse of
 * {@link splitCaseInput}. A protected part that does not fit the body (fewer people
 * or places than the body has) gives `undefined`: the store is then corrupt.
 *
 * @param body - the non-protected part
 * @param protectedPart - the protected part
 * @param events - the event log
 * @returns the case input, or `undefined` if the parts do not fit together
 *
 * @example
 * ```ts
 * const { body, protectedPart, events } = splitCaseInput(exampleCaseInput());
 * joinCaseParts(body, protectedPart, events)?.household.survivor.name;
 * //=> 'Testa Exempelsdotter'
 * ```
 */
export function joinCaseParts(
  body: CaseBody,
  protectedPart: CaseProtectedPart,
  events: readonly CaseEventInput[],
): CaseInput | undefined {
  const { household, protection, outcome, ...rest } = body;
  const adults = household.otherAdults ?? [];
  const expected = 1 + household.children.length + adults.length;
  const { people, places, notes, outcomeAddress } = protectedPart;
  if (people.length !== expected || places.length !== protection.keepDistanceFrom.length) {
    return undefined;
  }
  let next = 0;
  const person = <P extends object>(p: P) =>
    ({ ...p, ...people[next++] }) as P & {
      name: string;
      identityNumber?: string;
    };
  const survivor = person(household.survivor);
  const children = household.children.map((c) => person(c));
  const otherAdults = household.otherAdults?.map((a) => person(a));
  const input = {
    ...rest,
    household: {
      survivor,
      children,
      ...(otherAdults === undefined ? {} : { otherAdults }),
    },
    protection: {
      ...protection,
      keepDistanceFrom: protection.keepDistanceFrom.map((p, i) => ({ ...places[i], ...p })),
    },
    ...(outcome === undefined
      ? {}
      : {
          outcome: {
            date: outcome.date,
            solution: {
              ...outcome.solution,
              ...(outcomeAddress === undefined ? {} : { address: outcomeAddress }),
            },
          },
        }),
    ...(notes.length === 0 ? {} : { notes: [...notes] }),
    events: [...events],
  };
  return input as CaseInput;
}
