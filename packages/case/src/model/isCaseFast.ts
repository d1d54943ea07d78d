import { counties, DATE_ONLY_YEAR_RANGE, type DateOnly, municipalities } from '@stadig/core';
import { accessibilityFeatures } from '@stadig/housing';
import type * as z from 'zod/mini';
import { closeReasons } from '../lifecycle/vocabulary';
import type { caseSchema } from './caseSchema';
import { consentPurposes, recipientCategories } from './consentVocabulary';
import { lawReferences } from './lawReferences';
import {
  declineReasons,
  petKinds,
  protectedIdentityStatuses,
  providerKinds,
  riskInstruments,
  riskLevels,
  stayKinds,
  violenceKinds,
} from './vocabulary';

/**
 * A case input that {@link isCaseFast} took: what `caseSchema` gives for it, except
 * that the outcome's housing solution is still unread (`parseHousingSolution` reads it).
 *
 * @internal
 * @example
 * ```ts
 * const events: FastCase['events'] = [{ type: 'opened', date }];
 * ```
 */
export type FastCase = Omit<z.output<typeof caseSchema>, 'outcome'> & {
  readonly outcome?: { readonly date: DateOnly; readonly solution: unknown };
};
type Obj = Record<string, unknown>;

let municipalityCodes: ReadonlySet<string> | undefined;
let countyCodes: ReadonlySet<string> | undefined;
// Read once: where the packages run as CommonJS (the CommonJS build, or the sources under
// tsx from a CommonJS script), every read of an imported binding is a getter call, too
// slow for every date.
const { min: MIN_YEAR, max: MAX_YEAR } = DATE_ONLY_YEAR_RANGE;
// The vocabularies, read once for the same reason (their modules are apart when the
// sources run under tsx).
const tables = {
  protectedIdentityStatuses,
  violenceKinds,
  accessibilityFeatures,
  petKinds,
  declineReasons,
  riskInstruments,
  riskLevels,
  recipientCategories,
  consentPurposes,
  stayKinds,
  providerKinds,
  lawReferences,
  closeReasons,
};
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const VERSION = /^[A-Za-z0-9.:_-]{1,32}$/;
const LANGUAGE = /^[a-z]{2,3}$/;

/**
 * An object as the schema sees one (zod's `isObject`): not null, not an array. Like the
 * schema, it does not look at the prototype (`Object.getPrototypeOf` on every part was a
 * tenth of the fast path): both read properties the same way, and `size` counts the
 * inherited enumerable keys as zod's strict check does (`for … in`).
 */
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The number of enumerable keys, counted without allocating. */
const size = (v: Obj): number => {
  let n = 0;
  for (const _key in v) n++;
  return n;
};
/** 1 for a value that is there, 0 for `undefined`: a key given as `undefined` makes `size` differ. */
const has = (v: unknown): number => (v === undefined ? 0 : 1);
const inTable = (table: object, v: unknown): boolean =>
  typeof v === 'string' && Object.hasOwn(table, v);
const text = (v: unknown, max: number): boolean =>
  typeof v === 'string' && v.length >= 1 && v.length <= max;
const optional = (v: unknown, check: (v: unknown) => boolean): boolean =>
  v === undefined || check(v);
const bool = (v: unknown): boolean => typeof v === 'boolean';
const id = (v: unknown): boolean => typeof v === 'string' && ID.test(v);
const digit = (text: string, i: number): number => {
  const d = text.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : Number.NaN;
};
/** `YYYY-MM-DD` read with char codes (hot path): what core's `isDateOnly` accepts. */
const date = (v: unknown): boolean => {
  if (typeof v !== 'string' || v.length !== 10 || v[4] !== '-' || v[7] !== '-') return false;
  const year = digit(v, 0) * 1000 + digit(v, 1) * 100 + digit(v, 2) * 10 + digit(v, 3);
  const month = digit(v, 5) * 10 + digit(v, 6);
  const day = digit(v, 8) * 10 + digit(v, 9);
  // NaN fails every comparison. The same calendar and year range as core's isDateOnly
  // (the property tests against the schema compare the two).
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) return false;
  if (!(month >= 1 && month <= 12 && day >= 1)) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days =
    month === 2
      ? leap
        ? 29
        : 28
      : month === 4 || month === 6 || month === 9 || month === 11
        ? 30
        : 31;
  return day <= days;
};
const notBefore = (from: unknown, to: unknown): boolean =>
  to === undefined || (to as string) >= (from as string);
const municipality = (v: unknown): boolean => {
  municipalityCodes ??= new Set(municipalities.map((m) => m.code));
  return typeof v === 'string' && municipalityCodes.has(v);
};
const county = (v: unknown): boolean => {
  countyCodes ??= new Set(counties.map((c) => c.code));
  return typeof v === 'string' && countyCodes.has(v);
};
const number = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const int = (v: unknown, min: number, max: number): boolean =>
  Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max && !Object.is(v, -0);
const money = (v: unknown): boolean => int(v, 0, Number.MAX_SAFE_INTEGER);
const every = (v: unknown, check: (item: unknown) => boolean, min = 0, max = Infinity): boolean => {
  if (!Array.isArray(v) || v.length < min || v.length > max) return false;
  for (let i = 0; i < v.length; i++) if (!check(v[i])) return false;
  return true;
};

// Every validator reads the properties it knows by name and then compares the number of
// keys, so an unknown key (or a key given as `undefined`) fails: the schema is strict.
// Every predicate is a module-level function: no closure is made per call.
const identityNumberText = (n: unknown) => text(n, 20);
const labelText = (l: unknown) => text(l, 200);
const noteText = (n: unknown) => text(n, 5000);
const isProtectedIdentity = (s: unknown) => inTable(tables.protectedIdentityStatuses, s);
const isViolenceKind = (k: unknown) => inTable(tables.violenceKinds, k);
const isAccessibilityFeature = (f: unknown) => inTable(tables.accessibilityFeatures, f);
const isPetKind = (k: unknown) => inTable(tables.petKinds, k);
const isDeclineReason = (r: unknown) => inTable(tables.declineReasons, r);
const isLanguage = (l: unknown) => typeof l === 'string' && LANGUAGE.test(l);
const isRadius = (r: unknown) => number(r, Number.MIN_VALUE, 2000);
const isRooms = (r: unknown) => int(r, 1, 50);
const isDecision = (d: unknown) => d === 'pending' || d === 'granted' || d === 'rejected';

const person = (v: unknown, birthDateRequired: boolean): boolean =>
  isObject(v) &&
  text(v.name, 200) &&
  optional(v.identityNumber, identityNumberText) &&
  (birthDateRequired ? date(v.birthDate) : optional(v.birthDate, date)) &&
  optional(v.protectedIdentity, isProtectedIdentity) &&
  size(v) === 1 + has(v.identityNumber) + has(v.birthDate) + has(v.protectedIdentity);
const adult = (v: unknown) => person(v, false);
const child = (v: unknown) => person(v, true);
const adults = (a: unknown) => every(a, adult, 0, 10);
const household = (v: unknown): boolean =>
  isObject(v) &&
  adult(v.survivor) &&
  every(v.children, child, 0, 20) &&
  optional(v.otherAdults, adults) &&
  size(v) === 2 + has(v.otherAdults);

const violence = (v: unknown): boolean =>
  isObject(v) && every(v.kinds, isViolenceKind, 1) && int(v.perpetrators, 1, 50) && size(v) === 2;

const riskAssessment = (v: unknown): boolean =>
  isObject(v) &&
  inTable(tables.riskInstruments, v.instrument) &&
  typeof v.version === 'string' &&
  VERSION.test(v.version) &&
  date(v.date) &&
  inTable(tables.riskLevels, v.level) &&
  optional(v.nextReassessment, date) &&
  notBefore(v.date, v.nextReassessment) &&
  size(v) === 4 + has(v.nextReassessment);

const coordinates = (v: unknown): boolean =>
  isObject(v) && number(v.lat, -90, 90) && number(v.lon, -180, 180) && size(v) === 2;
const place = (v: unknown): boolean =>
  isObject(v) &&
  optional(v.label, labelText) &&
  optional(v.coordinates, coordinates) &&
  optional(v.radiusKm, isRadius) &&
  size(v) === has(v.label) + has(v.coordinates) + has(v.radiusKm);
const protection = (v: unknown): boolean =>
  isObject(v) &&
  every(v.avoidMunicipalities, municipality) &&
  every(v.avoidCounties, county) &&
  every(v.keepDistanceFrom, place) &&
  bool(v.canStayInHomeMunicipality) &&
  size(v) === 4;

const accessibilityList = (a: unknown) => every(a, isAccessibilityFeature);
const petList = (p: unknown) => every(p, isPetKind);
const needs = (v: unknown): boolean =>
  isObject(v) &&
  optional(v.substanceUse, bool) &&
  optional(v.disability, bool) &&
  optional(v.accessibility, accessibilityList) &&
  optional(v.care, bool) &&
  optional(v.pets, petList) &&
  optional(v.lgbtqi, bool) &&
  optional(v.interpreterLanguage, isLanguage) &&
  size(v) ===
    has(v.substanceUse) +
      has(v.disability) +
      has(v.accessibility) +
      has(v.care) +
      has(v.pets) +
      has(v.lgbtqi) +
      has(v.interpreterLanguage);

const economy = (v: unknown): boolean =>
  isObject(v) &&
  optional(v.monthlyIncome, money) &&
  optional(v.paymentRemarks, bool) &&
  optional(v.debts, money) &&
  optional(v.debtsFromEconomicViolence, bool) &&
  size(v) ===
    has(v.monthlyIncome) + has(v.paymentRemarks) + has(v.debts) + has(v.debtsFromEconomicViolence);

const recipient = (v: unknown): boolean =>
  isObject(v) &&
  size(v) === 2 &&
  (v.kind === 'organisation'
    ? text(v.name, 200)
    : v.kind === 'category' && inTable(tables.recipientCategories, v.category));
const consent = (v: unknown): boolean =>
  isObject(v) &&
  id(v.id) &&
  recipient(v.recipient) &&
  inTable(tables.consentPurposes, v.purpose) &&
  date(v.given) &&
  optional(v.expires, date) &&
  optional(v.withdrawn, date) &&
  notBefore(v.given, v.expires) &&
  notBefore(v.given, v.withdrawn) &&
  size(v) === 4 + has(v.expires) + has(v.withdrawn);
const uniqueIds = (list: readonly unknown[]): boolean => {
  if (list.length < 2) return true;
  const ids = new Set<unknown>();
  for (const c of list) ids.add((c as Obj).id);
  return ids.size === list.length;
};

const stay = (v: unknown): boolean =>
  isObject(v) &&
  inTable(tables.stayKinds, v.kind) &&
  inTable(tables.providerKinds, v.provider) &&
  municipality(v.municipality) &&
  date(v.from) &&
  optional(v.to, date) &&
  notBefore(v.from, v.to) &&
  size(v) === 4 + has(v.to);

const application = (v: unknown): boolean =>
  isObject(v) &&
  municipality(v.municipality) &&
  inTable(tables.lawReferences, v.law) &&
  date(v.submitted) &&
  optional(v.decision, isDecision) &&
  size(v) === 3 + has(v.decision);

const moveInWindow = (v: unknown): boolean =>
  isObject(v) &&
  date(v.earliest) &&
  optional(v.latest, date) &&
  notBefore(v.earliest, v.latest) &&
  size(v) === 1 + has(v.latest);

const event = (v: unknown): boolean => {
  if (!isObject(v) || !date(v.date)) return false;
  switch (v.type) {
    case 'opened':
    case 'placed':
    case 'planning-started':
    case 'follow-up-started':
      return size(v) === 2;
    case 'offer-made':
      return (
        id(v.offerId) &&
        municipality(v.municipality) &&
        optional(v.rooms, isRooms) &&
        size(v) === 4 + has(v.rooms)
      );
    case 'offer-declined':
      return (
        id(v.offerId) &&
        (v.by === 'household' || v.by === 'landlord') &&
        every(v.reasons, isDeclineReason, 1) &&
        size(v) === 5
      );
    case 'moved-in':
      return id(v.offerId) && size(v) === 3;
    case 'closed':
      return inTable(tables.closeReasons, v.reason) && size(v) === 3;
    default:
      return false;
  }
};
const notes = (n: unknown) => every(n, noteText);
const outcome = (v: unknown): boolean =>
  isObject(v) && date(v.date) && size(v) === 2 && v.solution !== undefined;

/**
 * The checks of {@link parseCase}'s fast path: whether the input is a typical, valid
 * case, read with plain checks instead of the zod schema. `false` when the input is
 * invalid or unusual in any way (a key present with `undefined`, `-0`, a repeated
 * consent id), so that the caller falls back to the schema for the exact problems.
 * It never takes what the schema rejects (the outcome's housing solution is left to
 * `parseHousingSolution`): a property test checks that against `caseSchema` on
 * arbitrary and mutated input.
 *
 * @internal
 * @param input - anything
 * @returns whether the input is a case the schema takes, as the schema reads it
 *
 * @example
 * ```ts
 * isCaseFast({ id: 'c1' });
 * //=> false
 * ```
 */
export function isCaseFast(input: unknown): input is FastCase {
  if (!isObject(input)) return false;
  const v = input;
  return (
    size(v) ===
      9 +
        has(v.riskAssessment) +
        has(v.needs) +
        has(v.economy) +
        has(v.moveInWindow) +
        has(v.outcome) +
        has(v.notes) &&
    id(v.id) &&
    municipality(v.municipality) &&
    household(v.household) &&
    violence(v.violence) &&
    optional(v.riskAssessment, riskAssessment) &&
    protection(v.protection) &&
    optional(v.needs, needs) &&
    optional(v.economy, economy) &&
    every(v.consents, consent) &&
    uniqueIds(v.consents as unknown[]) &&
    every(v.stays, stay) &&
    every(v.applications, application) &&
    optional(v.moveInWindow, moveInWindow) &&
    optional(v.outcome, outcome) &&
    optional(v.notes, notes) &&
    every(v.events, event, 1) &&
    (v.events as Obj[])[0]?.type === 'opened'
  );
}
