import type { LocalizedText } from '../i18n/LocalizedText';
import type { RoomNorm } from './RoomNorm';

type Group = RoomNorm['bedroomGroups'][number];

const people = {
  adult: { sv: 'vuxna', en: 'adults' },
  child: { sv: 'barn', en: 'children' },
  anyone: { sv: 'personer', en: 'people' },
} as const;

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

function describeGroup(group: Group): LocalizedText {
  const { fromAge: from, underAge: under } = group;
  const who = people[group.who];
  if (from !== undefined && under !== undefined) {
    return { sv: `${who.sv} ${from}–${under - 1} år`, en: `${who.en} aged ${from}–${under - 1}` };
  }
  if (from !== undefined)
    return { sv: `${who.sv} från ${from} år`, en: `${who.en} aged ${from} or older` };
  if (under !== undefined)
    return { sv: `${who.sv} under ${under} år`, en: `${who.en} under ${under}` };
  return who;
}

/**
 * The calculation of {@link roomsNeeded} in words, with counts only (no ages or
 * dates of the members).
 *
 * @internal
 * @param norm - the norm applied
 * @param counts - how many members fell in each bedroom group
 * @param bedrooms - the bedrooms each group needs
 * @returns the explanation in Swedish and English
 *
 * @example
 * ```ts
 * explainRooms(roomNorms['trangboddhetsnorm-2'], [3], [2]).en;
 * //=> 'Overcrowding norm 2: people: 3 → 2 bedrooms (2 per bedroom). In total 2 bedrooms + 1 living room = 3 rooms (kitchen not counted).'
 * ```
 */
export function explainRooms(
  norm: RoomNorm,
  counts: readonly number[],
  bedrooms: readonly number[],
): LocalizedText {
  const sv: string[] = [];
  const en: string[] = [];
  norm.bedroomGroups.forEach((group, i) => {
    const count = counts[i] ?? 0;
    const needed = bedrooms[i] ?? 0;
    if (count === 0) return;
    const name = describeGroup(group);
    sv.push(`${name.sv}: ${count} → ${needed} sovrum (${group.perBedroom} per sovrum)`);
    en.push(
      `${name.en}: ${count} → ${needed} ${plural(needed, 'bedroom', 'bedrooms')} (${group.perBedroom} per bedroom)`,
    );
  });
  const totalBedrooms = bedrooms.reduce((a, b) => a + b, 0);
  const living = norm.livingRooms;
  const rooms = totalBedrooms + living;
  return {
    sv: `${norm.label.sv}: ${sv.join('; ')}. Totalt ${totalBedrooms} sovrum + ${living} vardagsrum = ${rooms} rum (kök oräknat).`,
    en: `${norm.label.en}: ${en.join('; ')}. In total ${totalBedrooms} ${plural(totalBedrooms, 'bedroom', 'bedrooms')} + ${living} ${plural(living, 'living room', 'living rooms')} = ${rooms} ${plural(rooms, 'room', 'rooms')} (kitchen not counted).`,
  };
}
