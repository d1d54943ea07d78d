import { reveal } from '@stadig/core';
import type { PreparedCase, PreparedOffer } from './Prepared';

/** Bits of the veto mask, in the order of `vetoReasons`. @internal */
export const VETO = {
  'home-municipality': 1,
  'avoided-municipality': 2,
  'avoided-county': 4,
  'too-close': 8,
  'not-permanent': 16,
  'too-few-rooms': 32,
  accessibility: 64,
  pets: 128,
  'landlord-requirements': 256,
  'protected-identity': 512,
  'available-too-late': 1024,
} as const;

const EARTH_KM = 6371.0088;

function tooClose(keepAway: Float64Array, location: Float64Array): boolean {
  const lat = location[0] ?? 0;
  const lon = location[1] ?? 0;
  for (let i = 0; i + 2 < keepAway.length; i += 3) {
    const plat = keepAway[i] ?? 0;
    const dLat = lat - plat;
    const dLon = lon - (keepAway[i + 1] ?? 0);
    const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat) * Math.cos(plat) * Math.sin(dLon / 2) ** 2;
    const km = 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    if (km < (keepAway[i + 2] ?? 0)) return true;
  }
  return false;
}

/** Whether the landlord's income and payment-remark requirements are met. @internal */
export function meetsLandlordRequirements(c: PreparedCase, o: PreparedOffer): boolean {
  if (o.noPaymentRemarks && c.paymentRemarks) return false;
  if (o.incomeMultiple > 0 && o.rent >= 0)
    return c.income >= 0 && c.income >= o.incomeMultiple * o.rent;
  return true;
}

/**
 * The veto mask of a pair; with `all` false it stops at the first veto found.
 * Distances are computed here from the revealed coordinates and never leave.
 *
 * @internal
 */
export function vetoMask(c: PreparedCase, o: PreparedOffer, all: boolean): number {
  let mask = 0;
  const m = o.municipality;
  if (m === c.home && !c.canStayHome) {
    if (!all) return VETO['home-municipality'];
    mask |= VETO['home-municipality'];
  }
  const am = c.avoidMunicipalities;
  for (let i = 0; i < am.length; i++) {
    if (am[i] === m) {
      if (!all) return VETO['avoided-municipality'];
      mask |= VETO['avoided-municipality'];
    }
  }
  if (o.county < 32 && (c.avoidCounties & (1 << o.county)) !== 0) {
    if (!all) return VETO['avoided-county'];
    mask |= VETO['avoided-county'];
  }
  if (!o.permanent) {
    if (!all) return VETO['not-permanent'];
    mask |= VETO['not-permanent'];
  }
  if (o.rooms > 0 && o.rooms < c.roomsNeeded) {
    if (!all) return VETO['too-few-rooms'];
    mask |= VETO['too-few-rooms'];
  }
  if ((c.accessibility & o.accessibility) !== c.accessibility) {
    if (!all) return VETO.accessibility;
    mask |= VETO.accessibility;
  }
  if (c.pets && o.petsForbidden) {
    if (!all) return VETO.pets;
    mask |= VETO.pets;
  }
  if (!o.socialContractRoute && !meetsLandlordRequirements(c, o)) {
    if (!all) return VETO['landlord-requirements'];
    mask |= VETO['landlord-requirements'];
  }
  if (c.protectedIdentity && !o.acceptsProtectedIdentity) {
    if (!all) return VETO['protected-identity'];
    mask |= VETO['protected-identity'];
  }
  if (o.availableFrom > c.latestMoveIn) {
    if (!all) return VETO['available-too-late'];
    mask |= VETO['available-too-late'];
  }
  if (c.keepAway !== undefined && o.location !== undefined) {
    if (tooClose(reveal(c.keepAway), reveal(o.location))) mask |= VETO['too-close'];
  }
  return mask;
}

const near = (km: number) => (km < 0 ? 0.5 : km <= 1 ? 1 : km >= 5 ? 0 : (5 - km) / 4);

/** Rent against income: full up to 25 %, none from 50 %; unknown gives half. @internal */
export function affordability(c: PreparedCase, o: PreparedOffer): number {
  if (o.rent < 0 || c.income < 0) return 0.5;
  if (o.rent === 0) return 1;
  if (c.income === 0) return 0;
  const share = o.rent / c.income;
  return share <= 0.25 ? 1 : share >= 0.5 ? 0 : (0.5 - share) * 4;
}

/** Rooms without waste: exactly enough is full, one more half; unknown gives half. @internal */
export function roomsFit(c: PreparedCase, o: PreparedOffer): number {
  if (o.rooms === 0) return 0.5;
  const extra = o.rooms - c.roomsNeeded;
  return extra === 0 ? 1 : extra === 1 ? 0.5 : 0;
}

/** Own wishes: a wished municipality is full, a wished county 0.75; none given is half. @internal */
export function wishes(c: PreparedCase, o: PreparedOffer): number {
  if (!c.hasPreferences) return 0.5;
  const pm = c.preferredMunicipalities;
  for (let i = 0; i < pm.length; i++) if (pm[i] === o.municipality) return 1;
  const pc = c.preferredCounties;
  for (let i = 0; i < pc.length; i++) if (pc[i] === o.county) return 0.75;
  return 0;
}

/** Nearness asked for: full within 1 km, none from 5 km; nothing asked is full. @internal */
export function nearness(c: PreparedCase, o: PreparedOffer): number {
  if (c.nearSchool)
    return c.nearSupport ? (near(o.schoolKm) + near(o.supportKm)) / 2 : near(o.schoolKm);
  return c.nearSupport ? near(o.supportKm) : 1;
}

/** Time in sheltered housing: full from 365 days. @internal */
export function priority(c: PreparedCase): number {
  return c.shelteredDays >= 365 ? 1 : c.shelteredDays / 365;
}

/**
 * The value (0–1) of a soft component by its index in `scoreComponents`.
 *
 * @internal
 */
export function componentValue(c: PreparedCase, o: PreparedOffer, index: number): number {
  switch (index) {
    case 0:
      return affordability(c, o);
    case 1:
      return roomsFit(c, o);
    case 2:
      return wishes(c, o);
    case 3:
      return nearness(c, o);
    default:
      return priority(c);
  }
}

/**
 * The score (0–100) of a pair from its components: each component gives
 * `round(points × value × 1000)` thousandths of a point, and the score is their sum
 * rounded half up to a whole point. With `milli`, each component's thousandths are
 * written there. Does not look at vetoes.
 *
 * @internal
 */
export function softScore(c: PreparedCase, o: PreparedOffer, milli: Int32Array | null): number {
  const p = c.points;
  const m0 = Math.round((p[0] as number) * affordability(c, o) * 1000);
  const m1 = Math.round((p[1] as number) * roomsFit(c, o) * 1000);
  const m2 = Math.round((p[2] as number) * wishes(c, o) * 1000);
  const m3 = Math.round((p[3] as number) * nearness(c, o) * 1000);
  const m4 = Math.round((p[4] as number) * priority(c) * 1000);
  if (milli !== null) {
    milli[0] = m0;
    milli[1] = m1;
    milli[2] = m2;
    milli[3] = m3;
    milli[4] = m4;
  }
  return Math.floor((m0 + m1 + m2 + m3 + m4 + 500) / 1000);
}
