import type { Case } from '@stadig/case';
import { type DateOnly, protect, reveal, roomsNeeded } from '@stadig/core';
import { accessibilityFeatures } from '@stadig/housing';
import { dayNumber } from './dayNumber';
import type { MatchOptions } from './MatchOptions';
import type { PreparedCase } from './Prepared';
import { pointsFromWeights } from './pointsFromWeights';

const RAD = Math.PI / 180;
const featureBits = /* @__PURE__ */ (() =>
  new Map(Object.keys(accessibilityFeatures).map((f, i) => [f, 1 << i])))();

const codes = (list: readonly string[] | undefined) =>
  Int32Array.from((list ?? []).map(Number).filter(Number.isFinite));

const countyMask = (list: readonly string[]) => {
  let mask = 0;
  for (const code of list) {
    const k = Number(code);
    if (k >= 0 && k < 32) mask |= 1 << k;
  }
  return mask;
};

function shelteredDays(c: Case, asOf: DateOnly): number {
  const end = dayNumber(asOf);
  let days = 0;
  for (const stay of c.stays) {
    const from = dayNumber(stay.from);
    const to = Math.min(stay.to === undefined ? end : dayNumber(stay.to), end);
    if (to >= from) days += to - from;
  }
  return days;
}

function rooms(c: Case, asOf: DateOnly): number {
  const { survivor, otherAdults, children } = c.household;
  const adults = [survivor, ...otherAdults].map((p) =>
    p.birthDate === undefined ? {} : { birthDate: p.birthDate },
  );
  const needed = roomsNeeded(
    { adults, children: children.map((ch) => ({ birthDate: ch.birthDate })) },
    { asOf },
  );
  return needed.isOk() ? needed.value.rooms : 1 + adults.length + Math.ceil(children.length / 2);
}

/**
 * Reduces a case once to the plain numbers that scoring needs: vetoes (municipalities,
 * counties, places to keep away from, rooms, accessibility, pets, protected identity,
 * income and payment remarks, move-in window), the household's own wishes and the
 * days already spent in sheltered housing, plus the weights as whole points. Pair it
 * with offers prepared with the same options. Never throws.
 *
 * @param c - a parsed case
 * @param options - `asOf`, weights, the household's wishes and the default radius
 * @returns the prepared case
 *
 * @example
 * ```ts
 * prepareCase(c, { asOf, preferences: { municipalities: ['1480'] } }).roomsNeeded;
 * //=> 3
 * ```
 */
export function prepareCase(c: Case, options: MatchOptions): PreparedCase {
  const { asOf, preferences } = options;
  const radius = options.defaultRadiusKm ?? 30;
  const places: number[] = [];
  for (const place of c.protection.keepDistanceFrom) {
    if (place.coordinates === undefined) continue;
    const { lat, lon } = reveal(place.coordinates);
    places.push(lat * RAD, lon * RAD, place.radiusKm ?? radius);
  }
  const people = [c.household.survivor, ...c.household.otherAdults, ...c.household.children];
  let accessibility = 0;
  for (const f of c.needs?.accessibility ?? []) accessibility |= featureBits.get(f) ?? 0;
  const near = preferences?.near ?? (c.household.children.length > 0 ? ['school'] : []);
  const latest = c.moveInWindow?.latest;
  return {
    id: c.id,
    home: Number(c.municipality),
    canStayHome: c.protection.canStayInHomeMunicipality,
    avoidMunicipalities: codes(c.protection.avoidMunicipalities),
    avoidCounties: countyMask(c.protection.avoidCounties),
    keepAway: places.length === 0 ? undefined : protect(Float64Array.from(places), 'location'),
    roomsNeeded: rooms(c, asOf),
    accessibility,
    pets: (c.needs?.pets?.length ?? 0) > 0,
    protectedIdentity: people.some((p) => p.protectedIdentity !== 'none'),
    income: c.economy?.monthlyIncome ?? -1,
    paymentRemarks: c.economy?.paymentRemarks === true,
    latestMoveIn: latest === undefined ? Number.POSITIVE_INFINITY : dayNumber(latest),
    preferredMunicipalities: codes(preferences?.municipalities),
    preferredCounties: codes(preferences?.counties),
    hasPreferences:
      (preferences?.municipalities?.length ?? 0) + (preferences?.counties?.length ?? 0) > 0,
    nearSchool: near.includes('school'),
    nearSupport: near.includes('support'),
    shelteredDays: shelteredDays(c, asOf),
    points: pointsFromWeights(options.weights),
  };
}
