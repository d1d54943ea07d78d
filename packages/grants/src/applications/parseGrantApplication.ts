import {
  assert,
  assertMessages,
  createErrorFactory,
  dateMessages,
  type ErrorPath,
  err,
  type Money,
  type NonEmptyReadonlyArray,
  ok,
  parseWithSchema,
  type Result,
  type StadigError,
} from '@stadig/core';
import { getGrantYear } from '../years/getGrantYear';
import type { GrantApplication } from './GrantApplication';
import { grantApplicationInputSchema } from './grantApplicationInputSchema';
import { applicationMessages } from './messages';
import { readAmount } from './readAmount';
import { resolveApplicant } from './resolveApplicant';

const applicationError = createErrorFactory(applicationMessages);
type Errors = NonEmptyReadonlyArray<StadigError>;

/**
 * Validates an application (JSON shaped as `grantApplicationInputSchema`) and lists
 * every problem with its path: the shape, the dates, each amount (kronor as a number
 * or Swedish text, never negative), the municipality (resolved from the name as
 * written; a probable name is a problem naming the candidate, an unknown one an
 * error), the year (one Stadig has rules for), and a requested amount no larger than
 * the activities' total costs. Never throws; no error repeats the input.
 *
 * @param input - anything
 * @param path - where the application sits in a larger input (`['applications', 3]`)
 * @returns the application, or every problem
 *
 * @example
 * ```ts
 * parseGrantApplication({
 *   id: 'A-1', year: 2023, municipality: 'Norrälje kommun', requested: 1000,
 *   activities: [{ category: 'other', salaryCosts: 1000, otherCosts: 0, period: { from: '2023-01-01', to: '2023-03-31' } }],
 * })._unsafeUnwrapErr().map((e) => [e.code, e.path]);
 * //=> [['grants.municipality-probable', ['municipality']]]
 * ```
 */
export function parseGrantApplication(
  input: unknown,
  path: ErrorPath = [],
): Result<GrantApplication, Errors> {
  const shape = parseWithSchema(grantApplicationInputSchema, input, {
    path,
    catalogue: dateMessages,
  });
  const problems: StadigError[] = shape.isErr() ? [...shape.error] : [];
  const raw = isRecord(input) ? input : {};
  const at = (...rest: (string | number)[]) => [...path, ...rest];
  const take = <T>(result: Result<T, StadigError> | undefined): T | undefined => {
    if (result?.isErr()) problems.push(result.error);
    return result?.isOk() ? result.value : undefined;
  };
  const municipalityCode =
    typeof raw.municipality === 'string' && raw.municipality !== ''
      ? take(resolveApplicant(raw.municipality, at('municipality')))
      : undefined;
  if (typeof raw.year === 'number' && Number.isSafeInteger(raw.year))
    take(getGrantYear(raw.year, at('year')));
  const requested = take(readAmount(raw.requested, at('requested')));
  const activities = Array.isArray(raw.activities) ? raw.activities : [];
  const costs = activities.map((activity, i) => {
    const a = isRecord(activity) ? activity : {};
    const salary = take(readAmount(a.salaryCosts, at('activities', i, 'salaryCosts')));
    const other = take(readAmount(a.otherCosts, at('activities', i, 'otherCosts')));
    return { salary, other };
  });
  const total = costs.reduce((sum, c) => sum + BigInt(c.salary ?? 0) + BigInt(c.other ?? 0), 0n);
  if (requested !== undefined && BigInt(requested) > total && problems.length === 0) {
    problems.push(applicationError('grants.requested-exceeds-costs', {}, at('requested')));
  }
  const [first, ...rest] = problems;
  if (first !== undefined) return err([first, ...rest]);
  // With no problem listed, the shape is valid, so every field was read.
  assert(
    shape.isOk() && municipalityCode !== undefined && requested !== undefined,
    assertMessages.unreachable,
  );
  const value = shape.value;
  const [head, ...tail] = value.activities.map((a, i) => ({
    category: a.category,
    salaryCosts: (costs[i]?.salary ?? 0) as Money,
    otherCosts: (costs[i]?.other ?? 0) as Money,
    period: a.period,
    ineligiblePurposes: [...new Set(a.ineligiblePurposes ?? [])],
  }));
  assert(head !== undefined, assertMessages.unreachable);
  return ok({
    id: value.id,
    year: value.year,
    municipalityCode,
    requested,
    activities: [head, ...tail],
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
