import { type DateOnly, type IdentityNumber, protect } from '@stadig/core';
import type { CaseEvent } from '../lifecycle/caseEventSchema';
import type { Case, CaseOutcome, Person } from './Case';
import type { FastCase } from './isCaseFast';
import { toPerson } from './toPerson';
import { toPlace } from './toPlace';

// Every part is built once, as an object literal of its final shape, reading the
// properties it knows by name. Not spreads: a spread site that meets parts of many
// shapes turns megamorphic in V8, and a spread with more properties in the same literal
// is many times slower than a literal. Optional properties are added after the literal
// only when present, so that absent keys stay absent as in the schema's reading.
// Everything is copied (arrays with `slice`), so that the case does not change when the
// caller later changes the input.

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Part<K extends keyof FastCase> = NonNullable<FastCase[K]>;
type Item<K extends keyof FastCase> = Part<K> extends readonly (infer I)[] ? I : never;
type RawPerson = FastCase['household']['survivor'];

function toPeople(
  people: readonly RawPerson[],
  identityNumbers: readonly (IdentityNumber | undefined)[] | undefined,
  offset: number,
): Person[] {
  const out: Person[] = [];
  for (let i = 0; i < people.length; i++) {
    out.push(toPerson(people[i] as RawPerson, identityNumbers?.[offset + i]));
  }
  return out;
}

function toRiskAssessment(r: Part<'riskAssessment'>): Part<'riskAssessment'> {
  const out: Mutable<Part<'riskAssessment'>> = {
    instrument: r.instrument,
    version: r.version,
    date: r.date,
    level: r.level,
  };
  if (r.nextReassessment !== undefined) out.nextReassessment = r.nextReassessment;
  return out;
}

function toNeeds(n: Part<'needs'>): Part<'needs'> {
  const out: Mutable<Part<'needs'>> = {};
  if (n.substanceUse !== undefined) out.substanceUse = n.substanceUse;
  if (n.disability !== undefined) out.disability = n.disability;
  if (n.accessibility !== undefined) out.accessibility = n.accessibility.slice();
  if (n.care !== undefined) out.care = n.care;
  if (n.pets !== undefined) out.pets = n.pets.slice();
  if (n.lgbtqi !== undefined) out.lgbtqi = n.lgbtqi;
  if (n.interpreterLanguage !== undefined) out.interpreterLanguage = n.interpreterLanguage;
  return out;
}

function toEconomy(e: Part<'economy'>): Part<'economy'> {
  const out: Mutable<Part<'economy'>> = {};
  if (e.monthlyIncome !== undefined) out.monthlyIncome = e.monthlyIncome;
  if (e.paymentRemarks !== undefined) out.paymentRemarks = e.paymentRemarks;
  if (e.debts !== undefined) out.debts = e.debts;
  if (e.debtsFromEconomicViolence !== undefined) {
    out.debtsFromEconomicViolence = e.debtsFromEconomicViolence;
  }
  return out;
}

function toConsent(c: Item<'consents'>): Item<'consents'> {
  const r = c.recipient;
  const out: Mutable<Item<'consents'>> = {
    id: c.id,
    recipient:
      r.kind === 'organisation'
        ? { kind: r.kind, name: r.name }
        : { kind: r.kind, category: r.category },
    purpose: c.purpose,
    given: c.given,
  };
  if (c.expires !== undefined) out.expires = c.expires;
  if (c.withdrawn !== undefined) out.withdrawn = c.withdrawn;
  return out;
}

function toStay(s: Item<'stays'>): Item<'stays'> {
  const out: Mutable<Item<'stays'>> = {
    kind: s.kind,
    provider: s.provider,
    municipality: s.municipality,
    from: s.from,
  };
  if (s.to !== undefined) out.to = s.to;
  return out;
}

function toApplication(a: Item<'applications'>): Item<'applications'> {
  const out: Mutable<Item<'applications'>> = {
    municipality: a.municipality,
    law: a.law,
    submitted: a.submitted,
  };
  if (a.decision !== undefined) out.decision = a.decision;
  return out;
}

function toMoveInWindow(w: Part<'moveInWindow'>): Part<'moveInWindow'> {
  const out: Mutable<Part<'moveInWindow'>> = { earliest: w.earliest };
  if (w.latest !== undefined) out.latest = w.latest;
  return out;
}

function toEvent(e: CaseEvent): CaseEvent {
  switch (e.type) {
    case 'offer-made': {
      const out: Mutable<typeof e> = {
        type: e.type,
        date: e.date,
        offerId: e.offerId,
        municipality: e.municipality,
      };
      if (e.rooms !== undefined) out.rooms = e.rooms;
      return out;
    }
    case 'offer-declined':
      return {
        type: e.type,
        date: e.date,
        offerId: e.offerId,
        by: e.by,
        reasons: e.reasons.slice(),
      };
    case 'moved-in':
      return { type: e.type, date: e.date, offerId: e.offerId };
    case 'closed':
      return { type: e.type, date: e.date, reason: e.reason };
    default:
      return { type: e.type, date: e.date };
  }
}

const toNote = (note: string) => protect(note, 'free-text');

/**
 * The case of {@link parseCase}'s fast path, built from an input that `isCaseFast`
 * took: a copy of every part with every personal field `Protected`, the same as
 * `parseCaseWithSchema` gives for the same input (a property test compares the two).
 *
 * @internal
 * @param v - the input, checked by `isCaseFast`
 * @param identityNumbers - the parsed identity numbers, by person (the survivor, then
 *   the children, then the other adults), or `undefined` when nobody has one
 * @param outcome - the outcome, with its parsed solution and verdict
 * @returns the case
 *
 * @example
 * ```ts
 * String(buildCase(input, undefined, undefined).household.survivor.name);
 * //=> '[protected:name]'
 * ```
 */
export function buildCase(
  v: FastCase,
  identityNumbers: readonly (IdentityNumber | undefined)[] | undefined,
  outcome: CaseOutcome | undefined,
): Case {
  const h = v.household;
  const p = v.protection;
  const out: Mutable<Case> = {
    id: v.id,
    municipality: v.municipality,
    household: {
      survivor: toPerson(h.survivor, identityNumbers?.[0]),
      // Children always have a birth date (the schema requires it).
      children: toPeople(h.children, identityNumbers, 1) as (Person & { birthDate: DateOnly })[],
      otherAdults:
        h.otherAdults === undefined
          ? []
          : toPeople(h.otherAdults, identityNumbers, 1 + h.children.length),
    },
    violence: { kinds: v.violence.kinds.slice(), perpetrators: v.violence.perpetrators },
    protection: {
      avoidMunicipalities: p.avoidMunicipalities.slice(),
      avoidCounties: p.avoidCounties.slice(),
      keepDistanceFrom: p.keepDistanceFrom.map(toPlace),
      canStayInHomeMunicipality: p.canStayInHomeMunicipality,
    },
    consents: v.consents.map(toConsent),
    stays: v.stays.map(toStay),
    applications: v.applications.map(toApplication),
    notes: v.notes === undefined ? [] : v.notes.map(toNote),
    events: v.events.map(toEvent),
  };
  if (v.riskAssessment !== undefined) out.riskAssessment = toRiskAssessment(v.riskAssessment);
  if (v.needs !== undefined) out.needs = toNeeds(v.needs);
  if (v.economy !== undefined) out.economy = toEconomy(v.economy);
  if (v.moveInWindow !== undefined) out.moveInWindow = toMoveInWindow(v.moveInWindow);
  if (outcome !== undefined) out.outcome = outcome;
  return out;
}
