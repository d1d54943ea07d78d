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
import { evaluatePermanence, housingMessages, nationalRuleSet } from '@stadig/housing';
import { err, ok } from 'neverthrow';
import type * as z from 'zod/mini';
import { replayErrors } from '../lifecycle/replayErrors';
import type { Case, Person } from './Case';
import { caseSchema } from './caseSchema';
import { caseMessages } from './messages';

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

type RawPerson = z.output<typeof caseSchema>['household']['survivor'];
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

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
  const parsed = parseWithSchema(caseSchema, input, { catalogue });
  const problems: StadigError[] = parsed.isErr() ? [...parsed.error] : [];
  const identities = new Map<string, IdentityNumber>();
  const household = field(input, 'household');
  const people: [unknown, (string | number)[]][] = [
    [field(household, 'survivor'), ['household', 'survivor']],
    ...list(field(household, 'children')).map((p, i): [unknown, (string | number)[]] => [
      p,
      ['household', 'children', i],
    ]),
    ...list(field(household, 'otherAdults')).map((p, i): [unknown, (string | number)[]] => [
      p,
      ['household', 'otherAdults', i],
    ]),
  ];
  for (const [person, path] of people) {
    const text = field(person, 'identityNumber');
    if (typeof text !== 'string') continue;
    const id = parseIdentityNumber(text, { asOf, path: [...path, 'identityNumber'] });
    if (id.isOk()) identities.set(path.join('.'), id.value);
    else problems.push(id.error);
  }
  if (parsed.isOk()) problems.push(...replayErrors(parsed.value.events));
  const [first, ...rest] = problems;
  if (first !== undefined) return err([first, ...rest]);
  if (parsed.isErr()) return err(parsed.error);
  const raw = parsed.value;
  const person = (p: RawPerson, path: string): Person => {
    const identityNumber = identities.get(path);
    const birthDate =
      p.birthDate ?? (identityNumber === undefined ? undefined : reveal(identityNumber.birthDate));
    return {
      name: protect(p.name, 'name'),
      protectedIdentity: p.protectedIdentity ?? 'none',
      ...(identityNumber === undefined ? {} : { identityNumber }),
      ...(birthDate === undefined ? {} : { birthDate }),
    };
  };
  const { outcome, notes, household: h, protection, ...restOfCase } = raw;
  return ok({
    ...restOfCase,
    household: {
      survivor: person(h.survivor, 'household.survivor'),
      children: h.children.map((c, i) => ({
        ...person(c, `household.children.${i}`),
        birthDate: c.birthDate,
      })),
      otherAdults: (h.otherAdults ?? []).map((a, i) => person(a, `household.otherAdults.${i}`)),
    },
    protection: {
      ...protection,
      keepDistanceFrom: protection.keepDistanceFrom.map(({ label, coordinates, radiusKm }) => ({
        ...(label === undefined ? {} : { label: protect(label, 'free-text') }),
        ...(coordinates === undefined ? {} : { coordinates: protect(coordinates, 'location') }),
        ...(radiusKm === undefined ? {} : { radiusKm }),
      })),
    },
    notes: (notes ?? []).map((n) => protect(n, 'free-text')),
    ...(outcome === undefined ? {} : { outcome: toOutcome(outcome) }),
  });
}

function toOutcome({ date, solution }: NonNullable<z.output<typeof caseSchema>['outcome']>) {
  const { address, ...rest } = solution;
  const protectedSolution =
    address === undefined ? rest : { ...rest, address: protect(address, 'address') };
  return {
    date,
    solution: protectedSolution,
    verdict: evaluatePermanence(protectedSolution, { asOf: date, ruleSet: nationalRuleSet }),
  };
}
