import { counties, DATE_ONLY_YEAR_RANGE, type DateOnly, municipalities } from '@stadig/core';
import { accessibilityFeatures, type HousingSolution, parseHousingSolution } from '@stadig/housing';
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

type Raw = z.output<typeof caseSchema>;
type Obj = Record<string, unknown>;

let municipalityCodes: ReadonlySet<string> | undefined;
let countyCodes: ReadonlySet<string> | undefined;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const VERSION = /^[A-Za-z0-9.:_-]{1,32}$/;
const LANGUAGE = /^[a-z]{2,3}$/;

const isPlain = (v: unknown): v is Obj => {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};
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
  // (a property test compares the two).
  if (!(year >= DATE_ONLY_YEAR_RANGE.min && year <= DATE_ONLY_YEAR_RANGE.max)) return false;
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
const isProtectedIdentity = (s: unknown) => inTable(protectedIdentityStatuses, s);
const isViolenceKind = (k: unknown) => inTable(violenceKinds, k);
const isAccessibilityFeature = (f: unknown) => inTable(accessibilityFeatures, f);
const isPetKind = (k: unknown) => inTable(petKinds, k);
const isDeclineReason = (r: unknown) => inTable(declineReasons, r);
const isLanguage = (l: unknown) => typeof l === 'string' && LANGUAGE.test(l);
const isRadius = (r: unknown) => number(r, Number.MIN_VALUE, 2000);
const isRooms = (r: unknown) => int(r, 1, 50);
const isDecision = (d: unknown) => d === 'pending' || d === 'granted' || d === 'rejected';

const person = (v: unknown, birthDateRequired: boolean): boolean =>
  isPlain(v) &&
  text(v.name, 200) &&
  optional(v.identityNumber, identityNumberText) &&
  (birthDateRequired ? date(v.birthDate) : optional(v.birthDate, date)) &&
  optional(v.protectedIdentity, isProtectedIdentity) &&
  size(v) === 1 + has(v.identityNumber) + has(v.birthDate) + has(v.protectedIdentity);
const adult = (v: unknown) => person(v, false);
const child = (v: unknown) => person(v, true);
const adults = (a: unknown) => every(a, adult, 0, 10);
const household = (v: unknown): boolean =>
  isPlain(v) &&
  adult(v.survivor) &&
  every(v.children, child, 0, 20) &&
  optional(v.otherAdults, adults) &&
  size(v) === 2 + has(v.otherAdults);

const violence = (v: unknown): boolean =>
  isPlain(v) && every(v.kinds, isViolenceKind, 1) && int(v.perpetrators, 1, 50) && size(v) === 2;

const riskAssessment = (v: unknown): boolean =>
  isPlain(v) &&
  inTable(riskInstruments, v.instrument) &&
  typeof v.version === 'string' &&
  VERSION.test(v.version) &&
  date(v.date) &&
  inTable(riskLevels, v.level) &&
  optional(v.nextReassessment, date) &&
  notBefore(v.date, v.nextReassessment) &&
  size(v) === 4 + has(v.nextReassessment);

const coordinates = (v: unknown): boolean =>
  isPlain(v) && number(v.lat, -90, 90) && number(v.lon, -180, 180) && size(v) === 2;
const place = (v: unknown): boolean =>
  isPlain(v) &&
  optional(v.label, labelText) &&
  optional(v.coordinates, coordinates) &&
  optional(v.radiusKm, isRadius) &&
  size(v) === has(v.label) + has(v.coordinates) + has(v.radiusKm);
const protection = (v: unknown): boolean =>
  isPlain(v) &&
  every(v.avoidMunicipalities, municipality) &&
  every(v.avoidCounties, county) &&
  every(v.keepDistanceFrom, place) &&
  bool(v.canStayInHomeMunicipality) &&
  size(v) === 4;

const accessibilityList = (a: unknown) => every(a, isAccessibilityFeature);
const petList = (p: unknown) => every(p, isPetKind);
const needs = (v: unknown): boolean =>
  isPlain(v) &&
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
  isPlain(v) &&
  optional(v.monthlyIncome, money) &&
  optional(v.paymentRemarks, bool) &&
  optional(v.debts, money) &&
  optional(v.debtsFromEconomicViolence, bool) &&
  size(v) ===
    has(v.monthlyIncome) + has(v.paymentRemarks) + has(v.debts) + has(v.debtsFromEconomicViolence);

const recipient = (v: unknown): boolean =>
  isPlain(v) &&
  size(v) === 2 &&
  (v.kind === 'organisation'
    ? text(v.name, 200)
    : v.kind === 'category' && inTable(recipientCategories, v.category));
const consent = (v: unknown): boolean =>
  isPlain(v) &&
  id(v.id) &&
  recipient(v.recipient) &&
  inTable(consentPurposes, v.purpose) &&
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
  isPlain(v) &&
  inTable(stayKinds, v.kind) &&
  inTable(providerKinds, v.provider) &&
  municipality(v.municipality) &&
  date(v.from) &&
  optional(v.to, date) &&
  notBefore(v.from, v.to) &&
  size(v) === 4 + has(v.to);

const application = (v: unknown): boolean =>
  isPlain(v) &&
  municipality(v.municipality) &&
  inTable(lawReferences, v.law) &&
  date(v.submitted) &&
  optional(v.decision, isDecision) &&
  size(v) === 3 + has(v.decision);

const moveInWindow = (v: unknown): boolean =>
  isPlain(v) &&
  date(v.earliest) &&
  optional(v.latest, date) &&
  notBefore(v.earliest, v.latest) &&
  size(v) === 1 + has(v.latest);

const event = (v: unknown): boolean => {
  if (!isPlain(v) || !date(v.date)) return false;
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
      return inTable(closeReasons, v.reason) && size(v) === 3;
    default:
      return false;
  }
};
const notes = (n: unknown) => every(n, noteText);
const outcome = (v: unknown): boolean =>
  isPlain(v) && date(v.date) && size(v) === 2 && v.solution !== undefined;

// Copies. The case must not change when the caller later changes the input, so every
// part that parseCase passes through is copied here. A spread of a flat object is V8's
// fastest copy; nested parts are replaced by assignment (a spread with more properties
// in the same literal is many times slower). The household, the places' labels and
// the notes are rebuilt by parseCase from their strings, and the outcome is parsed
// apart, so they are not copied here.
// One spread site per kind of part: a spread site that meets parts of many shapes turns
// megamorphic and slow in V8, one per kind stays fast.
const copyTop = (v: Obj): Obj => ({ ...v });
const copyViolence = (v: unknown): Obj => ({ ...(v as Obj) });
const copyProtection = (v: unknown): Obj => ({ ...(v as Obj) });
const copyRisk = (v: unknown): Obj => ({ ...(v as Obj) });
const copyNeeds = (v: unknown): Obj => ({ ...(v as Obj) });
const copyEconomy = (v: unknown): Obj => ({ ...(v as Obj) });
const copyWindow = (v: unknown): Obj => ({ ...(v as Obj) });
const copyStay = (v: unknown): Obj => ({ ...(v as Obj) });
const copyApplication = (v: unknown): Obj => ({ ...(v as Obj) });
const copyRecipient = (v: unknown): Obj => ({ ...(v as Obj) });
const copyConsent = (v: unknown): Obj => {
  const out: Obj = { ...(v as Obj) };
  out.recipient = copyRecipient(out.recipient);
  return out;
};
const copyDated = (v: Obj): Obj => ({ ...v });
const copyOfferMade = (v: Obj): Obj => ({ ...v });
const copyMovedIn = (v: Obj): Obj => ({ ...v });
const copyClosed = (v: Obj): Obj => ({ ...v });
const copyDeclined = (v: Obj): Obj => {
  const out: Obj = { ...v };
  out.reasons = (v.reasons as unknown[]).slice();
  return out;
};
const copyEvent = (v: unknown): Obj => {
  const e = v as Obj;
  switch (e.type) {
    case 'offer-made':
      return copyOfferMade(e);
    case 'offer-declined':
      return copyDeclined(e);
    case 'moved-in':
      return copyMovedIn(e);
    case 'closed':
      return copyClosed(e);
    default:
      return copyDated(e);
  }
};
const copyList = (v: unknown, item: (x: unknown) => Obj): Obj[] => {
  const list = v as unknown[];
  const out = new Array<Obj>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = item(list[i]);
  return out;
};
const copyCase = (v: Obj): Obj => {
  const violence = copyViolence(v.violence);
  violence.kinds = (violence.kinds as unknown[]).slice();
  const protection = copyProtection(v.protection);
  protection.avoidMunicipalities = (protection.avoidMunicipalities as unknown[]).slice();
  protection.avoidCounties = (protection.avoidCounties as unknown[]).slice();
  // Not copied: the household and the notes (parseCase rebuilds them from strings); the
  // outcome is parsed apart and replaced by parseCase.
  const out = copyTop(v);
  out.violence = violence;
  out.protection = protection;
  out.consents = copyList(v.consents, copyConsent);
  out.stays = copyList(v.stays, copyStay);
  out.applications = copyList(v.applications, copyApplication);
  out.events = copyList(v.events, copyEvent);
  // Never the input's outcome: parseCase sets the one parsed apart.
  if (v.outcome !== undefined) out.outcome = undefined;
  if (v.riskAssessment !== undefined) out.riskAssessment = copyRisk(v.riskAssessment);
  if (v.needs !== undefined) {
    const needs = copyNeeds(v.needs);
    if (Array.isArray(needs.accessibility)) needs.accessibility = needs.accessibility.slice();
    if (Array.isArray(needs.pets)) needs.pets = needs.pets.slice();
    out.needs = needs;
  }
  if (v.economy !== undefined) out.economy = copyEconomy(v.economy);
  if (v.moveInWindow !== undefined) out.moveInWindow = copyWindow(v.moveInWindow);
  return out;
};

/**
 * The fast path of {@link parseCase}: reads a typical, valid case with plain checks
 * instead of the zod schema, and returns what `caseSchema` would return for it (a copy;
 * the outcome's housing solution already parsed by `parseHousingSolution`, its address
 * protected),
 * or `undefined` when the input is invalid or unusual in any way (a key present with
 * `undefined`, an object with a prototype, `-0`), so that the caller falls back to the
 * schema for the exact problems. It never accepts what the schema rejects: a property
 * test checks that against `caseSchema` on arbitrary and mutated input.
 *
 * @internal
 * @example
 * ```ts
 * readCaseFast({ id: 'c1' });
 * //=> undefined
 * ```
 */
export function readCaseFast(
  input: unknown,
):
  | { raw: Omit<Raw, 'outcome'>; outcome?: { date: DateOnly; solution: HousingSolution } }
  | undefined {
  if (!isPlain(input)) return undefined;
  const v = input;
  const valid =
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
    optional(v.notes, notes) &&
    every(v.events, event, 1) &&
    (v.events as Obj[])[0]?.type === 'opened';
  if (!valid) return undefined;
  if (v.outcome === undefined) return { raw: copyCase(v) as Raw };
  const o = v.outcome as Obj;
  if (!outcome(o)) return undefined;
  const solution = parseHousingSolution(o.solution);
  if (solution.isErr()) return undefined;
  return {
    raw: copyCase(v) as Raw,
    outcome: { date: o.date as DateOnly, solution: solution.value },
  };
}
