import { mulberry32 } from '@stadig/case';
import { addDays, type DateOnly, municipalities } from '@stadig/core';
import type { OfferInput } from '../offer/offerSchema';

const codes = /* @__PURE__ */ (() => municipalities.map((m) => m.code))();
const streets = ['Testgatan', 'Påhittade vägen', 'Fiktiva gränd', 'Exempelallén'] as const;

/**
 * A source of numbers for {@link generateOfferInput}: mulberry32 over a seed.
 *
 * @internal
 */
export function offerRandom(seed: number) {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T,
  };
}

/**
 * One synthetic offer input, clearly fake: the street names are invented
 * (Testgatan, Påhittade vägen, …) and the city is `Fiktiv`.
 *
 * @internal
 */
export function generateOfferInput(
  random: ReturnType<typeof offerRandom>,
  asOf: DateOnly,
  index: number,
): OfferInput {
  const available = addDays(asOf, random.int(0, 120)).unwrapOr(asOf);
  const roll = random.next();
  const tenure =
    roll < 0.6
      ? 'first-hand-lease'
      : roll < 0.78
        ? 'social-contract'
        : roll < 0.9
          ? 'sublease'
          : 'tenant-owned';
  const rooms = random.int(1, 5);
  const municipality = codes[Math.floor(random.next() ** 2 * codes.length)] ?? '0180';
  const contract =
    tenure === 'sublease'
      ? { start: available, end: addDays(available, random.int(180, 900)).unwrapOr(available) }
      : tenure === 'social-contract'
        ? { start: available, takeover: { afterMonths: random.pick([12, 18, 24]) } }
        : tenure === 'first-hand-lease'
          ? { start: available }
          : undefined;
  const municipal = random.chance(0.3);
  return {
    id: `offer-${String(index).padStart(4, '0')}`,
    dwelling: {
      tenure,
      municipality,
      ...(contract === undefined ? {} : { contract }),
      rooms,
      floorArea: 20 + rooms * 18 + random.int(0, 15),
      rentPerMonth: (3_500 + rooms * 1_700 + random.int(0, 2_500)) * 100,
      landlord: municipal
        ? 'municipality'
        : random.chance(0.6)
          ? 'municipal-housing-company'
          : 'private',
      accessibility: random.chance(0.4) ? ['elevator', 'step-free-entrance'] : [],
      petsAllowed: random.chance(0.7),
      address: { street: `${random.pick(streets)} ${random.int(1, 99)}`, city: 'Fiktiv' },
    },
    offeredBy: municipal ? { kind: 'municipality', municipality } : { kind: 'landlord' },
    availableFrom: available,
    requirements: {
      ...(random.chance(0.6) ? { incomeMultiple: 3 } : {}),
      ...(random.chance(0.5) ? { noPaymentRemarks: true } : {}),
      acceptsSocialContractRoute: random.chance(0.5),
      acceptsProtectedIdentity: random.chance(0.85),
    },
    ...(random.chance(0.5)
      ? {
          location: {
            lat: Math.round((55.4 + random.next() * 12) * 1000) / 1000,
            lon: Math.round((11.5 + random.next() * 11) * 1000) / 1000,
          },
        }
      : {}),
    nearby: {
      schoolKm: random.int(1, 80) / 10,
      supportKm: random.int(2, 150) / 10,
    },
  };
}
