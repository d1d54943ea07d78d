import {
  type DateOnly,
  dateMessages,
  type IdentityNumber,
  municipalitiesMessages,
  type NonEmptyReadonlyArray,
  parseIdentityNumber,
  parseWithSchema,
  protect,
  type Result,
  reveal,
  type StadigError,
} from '@stadig/core';
import {
  evaluatePermanence,
  type HousingSolution,
  housingMessages,
  nationalRuleSet,
} from '@stadig/housing';
import { err, ok } from 'neverthrow';
import type * as z from 'zod/mini';
import { replayErrors } from '../lifecycle/replayErrors';
import type { Case, CaseOutcome, KeepDistanceFrom, Person } from './Case';
import { caseSchema } from './caseSchema';
import { caseMessages } from './messages';
import { readCaseFast } from './readCaseFast';

const catalogue = /* @__PURE__ */ (() => ({
  ...dateMessages,
  ...municipalitiesMessages,
  ...housingMessages,
  ...caseMessages,
}))();

/**
 * Options for {@link parseCase}.
 *
 * @example
 * ```ts
 * const options: ParseCaseOptions = { asOf: parseDateOnly('2025-06-01')._unsafeUnwrap() };
 * ```
 */
export interface ParseCaseOptions {
  /** The day identity numbers are checked on (century of ten-digit numbers, age). */
  readonly asOf: DateOnly;
}

type Raw = z.output<typeof caseSchema>;
type RawPerson = Raw['household']['survivor'];
type Identities = Map<string, IdentityNumber>;
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;

/** Checks the identity number of one person of the input, if it has one. */
function checkIdentity(
  person: unknown,
  path: readonly (string | number)[],
  asOf: DateOnly,
  identities: Identities,
  problems: StadigError[],
): void {
  const text = field(person, 'identityNumber');
  if (typeof text !== 'string') return;
  const id = parseIdentityNumber(text, { asOf, path: [...path, 'identityNumber'] });
  if (id.isOk()) identities.set(path.join('.'), id.value);
  else problems.push(id.error);
}

function checkIdentities(
  input: unknown,
  asOf: DateOnly,
  identities: Identities,
  problems: StadigError[],
): void {
  const household = field(input, 'household');
  checkIdentity(
    field(household, 'survivor'),
    ['household', 'survivor'],
    asOf,
    identities,
    problems,
  );
  for (const key of ['children', 'otherAdults'] as const) {
    const people = field(household, key);
    if (!Array.isArray(people)) continue;
    for (let i = 0; i < people.length; i++) {
      checkIdentity(people[i], ['household', key, i], asOf, identities, problems);
    }
  }
}

// Literals and assignments, not spreads: an object spread with more properties is
// slow in V8, and this runs for every person of every case parsed.
function toPerson(p: RawPerson, path: string, identities: Identities): Person {
  const identityNumber = identities.get(path);
  const birthDate =
    p.birthDate ?? (identityNumber === undefined ? undefined : reveal(identityNumber.birthDate));
  const person: { -readonly [K in keyof Person]: Person[K] } = {
    name: protect(p.name, 'name'),
    protectedIdentity: p.protectedIdentity ?? 'none',
  };
  if (identityNumber !== undefined) person.identityNumber = identityNumber;
  if (birthDate !== undefined) person.birthDate = birthDate;
  return person;
}

function toPlace({ label, coordinates, radiusKm }: Raw['protection']['keepDistanceFrom'][number]) {
  const place: { -readonly [K in keyof KeepDistanceFrom]: KeepDistanceFrom[K] } = {};
  if (label !== undefined) place.label = protect(label, 'free-text');
  if (coordinates !== undefined) {
    // A copy, so that changing the input later does not move the place.
    place.coordinates = protect({ lat: coordinates.lat, lon: coordinates.lon }, 'location');
  }
  if (radiusKm !== undefined) place.radiusKm = radiusKm;
  return place;
}

const toNote = (note: string) => protect(note, 'free-text');

/**
 * Validates a case from any input and wraps every personal field with `protect()`:
 * names (`name`), identity numbers (`identity-number`), notes and place labels
 * (`free-text`), coordinates (`location`) and the outcome's address (`address`).
 * Identity numbers are checked with core's `parseIdentityNumber` on `asOf`, and the
 * event log is replayed through the lifecycle. Lists every problem by path; no error
 * repeats a value from the input. Never throws.
 *
 * @param input - anything; see {@link CaseInput} for the shape
 * @param options - `asOf`, the day of the check
 * @returns the case, or every problem found
 *
 * @example
 * ```ts
 * parseCase({ id: 'c-1' }, { asOf })._unsafeUnwrapErr().map((e) => e.path.join('.'));
 * //=> ['municipality', 'household', 'violence', 'protection', 'consents', 'stays', 'applications', 'events']
 * ```
 */
export function parseCase(
  input: unknown,
  { asOf }: ParseCaseOptions,
): Result<Case, NonEmptyReadonlyArray<StadigError>> {
  const fast = readCaseFast(input);
  const parsed =
    fast === undefined ? parseWithSchema(caseSchema, input, { catalogue }) : ok(fast.raw as Raw);
  const problems: StadigError[] = parsed.isErr() ? [...parsed.error] : [];
  const identities: Identities = new Map();
  checkIdentities(input, asOf, identities, problems);
  if (parsed.isOk()) problems.push(...replayErrors(parsed.value.events));
  const [first, ...rest] = problems;
  if (first !== undefined) return err([first, ...rest]);
  if (parsed.isErr()) return err(parsed.error);
  const raw = parsed.value;
  const h = raw.household;
  const children: (Person & { readonly birthDate: DateOnly })[] = [];
  for (let i = 0; i < h.children.length; i++) {
    const c = h.children[i] as RawPerson & { birthDate: DateOnly };
    const child = toPerson(c, `household.children.${i}`, identities) as Person & {
      birthDate: DateOnly;
    };
    child.birthDate = c.birthDate;
    children.push(child);
  }
  const otherAdults: Person[] = [];
  for (let i = 0; i < (h.otherAdults?.length ?? 0); i++) {
    const a = h.otherAdults?.[i] as RawPerson;
    otherAdults.push(toPerson(a, `household.otherAdults.${i}`, identities));
  }
  // A copy of the validated case (a spread alone is fast), then the protected parts.
  const out: Record<string, unknown> = { ...raw };
  out.household = {
    survivor: toPerson(h.survivor, 'household.survivor', identities),
    children,
    otherAdults,
  };
  const protection: Record<string, unknown> = { ...raw.protection };
  protection.keepDistanceFrom = raw.protection.keepDistanceFrom.map(toPlace);
  out.protection = protection;
  out.notes = (raw.notes ?? []).map(toNote);
  if (fast?.outcome !== undefined) out.outcome = withVerdict(fast.outcome);
  else if (raw.outcome !== undefined) out.outcome = toOutcome(raw.outcome);
  return ok(out as Case);
}

function toOutcome({ date, solution }: NonNullable<Raw['outcome']>): CaseOutcome {
  const { address, ...rest } = solution;
  const protectedSolution =
    address === undefined ? rest : { ...rest, address: protect(address, 'address') };
  return withVerdict({ date, solution: protectedSolution });
}

function withVerdict({
  date,
  solution,
}: {
  date: DateOnly;
  solution: HousingSolution;
}): CaseOutcome {
  return {
    date,
    solution,
    verdict: evaluatePermanence(solution, { asOf: date, ruleSet: nationalRuleSet }),
  };
}
