import {
  type DateOnly,
  type IdentityNumber,
  type NonEmptyReadonlyArray,
  parseIdentityNumber,
  parseWithSchema,
  protect,
  type Result,
  type StadigError,
} from '@stadig/core';
import { housingSolutionMessages, protectSolutionAddress } from '@stadig/housing';
import { err, ok } from 'neverthrow';
import type * as z from 'zod/mini';
import { replayErrors } from '../lifecycle/replayErrors';
import type { Case, Person } from './Case';
import { caseSchema } from './caseSchema';
import { caseMessages } from './messages';
import { toCaseOutcome } from './toCaseOutcome';
import { toPerson } from './toPerson';
import { toPlace } from './toPlace';

const catalogue = /* @__PURE__ */ (() => ({ ...housingSolutionMessages, ...caseMessages }))();

type Raw = z.output<typeof caseSchema>;
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

/** Checks every identity number of the input, even where the schema finds other problems. */
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

/**
 * {@link parseCase} through the zod schema: the way for any input, and the one that
 * finds every problem. `parseCase` takes it when its fast path (`readCaseFast`) does
 * not; a property test checks that both give the same for what the fast path takes.
 *
 * @internal
 * @param input - anything
 * @param asOf - the day identity numbers are checked on
 * @returns the case, or every problem found
 *
 * @example
 * ```ts
 * parseCaseWithSchema({ id: 'c-1' }, asOf)._unsafeUnwrapErr()[0]?.path;
 * //=> ['municipality']
 * ```
 */
export function parseCaseWithSchema(
  input: unknown,
  asOf: DateOnly,
): Result<Case, NonEmptyReadonlyArray<StadigError>> {
  const parsed = parseWithSchema(caseSchema, input, { catalogue });
  const problems: StadigError[] = parsed.isErr() ? [...parsed.error] : [];
  const identities: Identities = new Map();
  checkIdentities(input, asOf, identities, problems);
  if (parsed.isOk()) problems.push(...replayErrors(parsed.value.events));
  const [first, ...rest] = problems;
  if (first !== undefined) return err([first, ...rest]);
  if (parsed.isErr()) return err(parsed.error);
  const raw: Raw = parsed.value;
  const h = raw.household;
  const children = h.children.map((c, i) =>
    toPerson(c, identities.get(`household.children.${i}`)),
  ) as (Person & { readonly birthDate: DateOnly })[];
  const otherAdults = (h.otherAdults ?? []).map((a, i) =>
    toPerson(a, identities.get(`household.otherAdults.${i}`)),
  );
  const out: Record<string, unknown> = { ...raw };
  out.household = {
    survivor: toPerson(h.survivor, identities.get('household.survivor')),
    children,
    otherAdults,
  };
  const protection: Record<string, unknown> = { ...raw.protection };
  protection.keepDistanceFrom = raw.protection.keepDistanceFrom.map(toPlace);
  out.protection = protection;
  out.notes = (raw.notes ?? []).map((note) => protect(note, 'free-text'));
  if (raw.outcome !== undefined) {
    out.outcome = toCaseOutcome(raw.outcome.date, protectSolutionAddress(raw.outcome.solution));
  }
  return ok(out as Case);
}
