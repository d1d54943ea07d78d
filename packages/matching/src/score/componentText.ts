import type { LocalizedText } from '@stadig/core';
import { match } from 'ts-pattern';
import { componentValue } from './evaluatePair';
import type { PreparedCase, PreparedOffer } from './Prepared';
import type { ComponentId } from './vocabulary';

const pct = (x: number) => `${Math.round(x * 100)} %`;

function detail(id: ComponentId, c: PreparedCase, o: PreparedOffer): LocalizedText {
  return match(id)
    .with('affordability', () =>
      o.rent < 0 || c.income < 0
        ? {
            sv: 'Hyra eller inkomst saknas; hälften av poängen',
            en: 'Rent or income unknown; half the points',
          }
        : c.income === 0
          ? { sv: 'Ingen inkomst angiven', en: 'No income given' }
          : {
              sv: `Hyran är ${pct(o.rent / c.income)} av inkomsten (full poäng upp till 25 %, ingen från 50 %)`,
              en: `The rent is ${pct(o.rent / c.income)} of the income (full points up to 25 %, none from 50 %)`,
            },
    )
    .with('rooms', () =>
      o.rooms === 0
        ? { sv: 'Antal rum saknas', en: 'Number of rooms unknown' }
        : {
            sv: `${o.rooms} rum där hushållet behöver ${c.roomsNeeded}`,
            en: `${o.rooms} rooms where the household needs ${c.roomsNeeded}`,
          },
    )
    .with('preferences', () => {
      const v = componentValue(c, o, 2);
      return !c.hasPreferences
        ? { sv: 'Inga egna önskemål angivna', en: 'No wishes given' }
        : v === 1
          ? { sv: 'I en önskad kommun', en: 'In a municipality wished for' }
          : v > 0
            ? { sv: 'I ett önskat län', en: 'In a county wished for' }
            : {
                sv: 'Inte i en önskad kommun eller ett önskat län',
                en: 'Not in a municipality or county wished for',
              };
    })
    .with('nearness', () =>
      !c.nearSchool && !c.nearSupport
        ? { sv: 'Ingen närhet efterfrågad', en: 'No nearness asked for' }
        : {
            sv: 'Full poäng inom 1 km, ingen från 5 km; okänt avstånd ger hälften',
            en: 'Full points within 1 km, none from 5 km; an unknown distance gives half',
          },
    )
    .with('priority', () => ({
      sv: `${c.shelteredDays} dagar i skyddat eller tillfälligt boende (full poäng från 365)`,
      en: `${c.shelteredDays} days in sheltered or temporary housing (full points from 365)`,
    }))
    .exhaustive();
}

/**
 * The sentence explaining one component: what it measured and the points it gave.
 *
 * @internal
 */
export function componentText(
  id: ComponentId,
  name: LocalizedText,
  c: PreparedCase,
  o: PreparedOffer,
  earned: number,
  weight: number,
): LocalizedText {
  const d = detail(id, c, o);
  return {
    sv: `${name.sv[0]?.toUpperCase()}${name.sv.slice(1)}: ${earned} av ${weight} poäng. ${d.sv}.`,
    en: `${name.en[0]?.toUpperCase()}${name.en.slice(1)}: ${earned} of ${weight} points. ${d.en}.`,
  };
}
