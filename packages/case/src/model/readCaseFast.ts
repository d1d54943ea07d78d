import {
  type DateOnly,
  type IdentityNumber,
  type NonEmptyReadonlyArray,
  parseIdentityNumber,
  type Result,
  type StadigError,
} from '@stadig/core';
import { type HousingSolution, parseHousingSolution } from '@stadig/housing';
import { err, ok } from 'neverthrow';
import { deriveState } from '../lifecycle/deriveState';
import { buildCase } from './buildCase';
import type { Case } from './Case';
import { type FastCase, isCaseFast } from './isCaseFast';
import { toCaseOutcome } from './toCaseOutcome';

type RawPerson = FastCase['household']['survivor'];
type Member = 'survivor' | 'children' | 'otherAdults';

/** The parsed identity numbers by person (survivor, children, other adults) and their problems. */
interface IdentityNumbers {
  readonly numbers: (IdentityNumber | undefined)[];
  readonly problems: StadigError[];
}

/** Parses one person's identity number, if given, into `ids` (made on the first one). */
function readIdentityNumber(
  person: RawPerson,
  member: Member,
  index: number,
  slot: number,
  asOf: DateOnly,
  ids: IdentityNumbers | undefined,
): IdentityNumbers | undefined {
  if (person.identityNumber === undefined) return ids;
  const path =
    member === 'survivor'
      ? ['household', member, 'identityNumber']
      : ['household', member, index, 'identityNumber'];
  const read = parseIdentityNumber(person.identityNumber, { asOf, path });
  const out = ids ?? { numbers: [], problems: [] };
  if (read.isOk()) out.numbers[slot] = read.value;
  else out.problems.push(read.error);
  return out;
}

/**
 * The identity numbers of the household, in the order `parseCaseWithSchema` checks
 * them; `undefined`, without allocating, when nobody has one (most cases).
 */
function readIdentityNumbers(
  h: FastCase['household'],
  asOf: DateOnly,
): IdentityNumbers | undefined {
  let ids = readIdentityNumber(h.survivor, 'survivor', 0, 0, asOf, undefined);
  const { children, otherAdults } = h;
  for (let i = 0; i < children.length; i++) {
    ids = readIdentityNumber(children[i] as RawPerson, 'children', i, 1 + i, asOf, ids);
  }
  for (let i = 0; i < (otherAdults?.length ?? 0); i++) {
    const adult = otherAdults?.[i] as RawPerson;
    ids = readIdentityNumber(adult, 'otherAdults', i, 1 + children.length + i, asOf, ids);
  }
  return ids;
}

/**
 * The fast path of {@link parseCase}: reads a typical case with plain checks instead
 * of the zod schema (`isCaseFast`), and builds the case directly (`buildCase`), with
 * no copy in between. The result is the one `parseCaseWithSchema` gives: the case, or
 * the problems the schema does not look for (identity numbers, the lifecycle of the
 * event log). `undefined` when the input is invalid or unusual in any way, so that the
 * caller falls back to the schema for the exact problems. A property test checks on
 * arbitrary and mutated input that it never takes what the schema rejects and that it
 * gives the same as `parseCaseWithSchema`.
 *
 * @internal
 * @param input - anything
 * @param asOf - the day identity numbers are checked on
 * @returns the result of `parseCase`, or `undefined` to leave the input to the schema
 *
 * @example
 * ```ts
 * readCaseFast({ id: 'c1' }, asOf);
 * //=> undefined
 * ```
 */
export function readCaseFast(
  input: unknown,
  asOf: DateOnly,
): Result<Case, NonEmptyReadonlyArray<StadigError>> | undefined {
  if (!isCaseFast(input)) return undefined;
  let solution: HousingSolution | undefined;
  if (input.outcome !== undefined) {
    const read = parseHousingSolution(input.outcome.solution);
    if (read.isErr()) return undefined;
    solution = read.value;
  }
  const ids = readIdentityNumbers(input.household, asOf);
  const replay = deriveState(input.events);
  if (replay.isErr() || (ids !== undefined && ids.problems.length > 0)) {
    const problems = ids?.problems ?? [];
    if (replay.isErr()) problems.push(replay.error);
    return err(problems as unknown as NonEmptyReadonlyArray<StadigError>);
  }
  const outcome =
    input.outcome === undefined || solution === undefined
      ? undefined
      : toCaseOutcome(input.outcome.date, solution);
  return ok(buildCase(input, ids?.numbers, outcome));
}
