import { createErrorFactory } from '../errors/createErrorFactory';
import type { StadigError } from '../errors/StadigError';
import type { HouseholdAges } from './householdAges';
import { householdMessages } from './messages';
import type { RoomNorm } from './RoomNorm';

const householdError = createErrorFactory(householdMessages);

type Group = RoomNorm['bedroomGroups'][number];

/**
 * Counts the members in each bedroom group of a norm: each member goes to the first
 * group that fits their role and age. A `household.norm-does-not-cover` error for
 * each member no group fits.
 *
 * @internal
 * @param norm - a valid norm
 * @param ages - the members' ages on the assessment date
 * @returns the count per group, in the norm's order, and the problems
 *
 * @example
 * ```ts
 * countBedroomGroups(roomNorms['stadig-default'], { adults: [undefined], children: [4, 15] }).counts;
 * //=> [1, 1, 1]
 * ```
 */
export function countBedroomGroups(
  norm: RoomNorm,
  ages: HouseholdAges,
): { counts: number[]; problems: StadigError[] } {
  const counts = norm.bedroomGroups.map(() => 0);
  const problems: StadigError[] = [];
  const members = [
    ...ages.adults.map((age, index) => ({ who: 'adult' as const, age, index })),
    ...ages.children.map((age, index) => ({ who: 'child' as const, age, index })),
  ];
  for (const { who, age, index } of members) {
    const group = norm.bedroomGroups.findIndex((g) => fits(g, who, age));
    if (group === -1) {
      const path = [who === 'adult' ? 'adults' : 'children', index];
      problems.push(householdError('household.norm-does-not-cover', { who }, path));
    } else {
      counts[group] = (counts[group] ?? 0) + 1;
    }
  }
  return { counts, problems };
}

/** Whether a member fits a group; an adult of unknown age fits only groups without age limits. */
function fits(group: Group, who: 'adult' | 'child', age: number | undefined): boolean {
  if (group.who !== 'anyone' && group.who !== who) return false;
  if (age === undefined) return group.fromAge === undefined && group.underAge === undefined;
  return (
    (group.fromAge === undefined || age >= group.fromAge) &&
    (group.underAge === undefined || age < group.underAge)
  );
}
