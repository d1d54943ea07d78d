import {
  assert,
  assertMessages,
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
import { readAmount } from '../applications/readAmount';
import { resolveApplicant } from '../applications/resolveApplicant';
import { getGrantYear } from '../years/getGrantYear';
import type { UsageReport } from './UsageReport';
import { usageProblems } from './usageProblems';
import { usageReportInputSchema } from './usageReportInputSchema';

/**
 * Validates a usage report (JSON shaped as `usageReportInputSchema`) and lists every
 * problem with its path: shape, amounts (kronor, never negative), the municipality
 * (exact, as for applications), the year, and consistency: a report that used more
 * than it was granted is an error (`grants.used-exceeds-granted`), never a negative
 * repayment; more paid back than due is an error too. Never throws.
 *
 * @param input - anything
 * @param path - where the report sits in a larger input
 * @returns the report, or every problem
 *
 * @example
 * ```ts
 * parseUsageReport({ municipality: 'Hagfors kommun', year: 2023, granted: 45675,
 *   used: [{ category: 'other', salary: 50000, other: 0 }] })._unsafeUnwrapErr()[0].code;
 * //=> 'grants.used-exceeds-granted'
 * ```
 */
export function parseUsageReport(
  input: unknown,
  path: ErrorPath = [],
): Result<UsageReport, NonEmptyReadonlyArray<StadigError>> {
  const shape = parseWithSchema(usageReportInputSchema, input, { path, catalogue: dateMessages });
  const problems: StadigError[] = shape.isErr() ? [...shape.error] : [];
  const raw: Record<string, unknown> =
    typeof input === 'object' && input !== null ? { ...input } : {};
  const at = (...rest: (string | number)[]) => [...path, ...rest];
  const take = <T>(result: Result<T, StadigError> | undefined): T | undefined => {
    if (result?.isErr()) problems.push(result.error);
    return result?.isOk() ? result.value : undefined;
  };
  const code =
    typeof raw.municipality === 'string' && raw.municipality !== ''
      ? take(resolveApplicant(raw.municipality, at('municipality')))
      : undefined;
  if (typeof raw.year === 'number' && Number.isSafeInteger(raw.year))
    take(getGrantYear(raw.year, at('year')));
  const granted = take(readAmount(raw.granted, at('granted')));
  const repaid =
    raw.repaid === undefined ? (0 as Money) : take(readAmount(raw.repaid, at('repaid')));
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const field = (value: unknown, key: string): unknown =>
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)[key]
      : undefined;
  const used = list(raw.used).map((line, i) => ({
    salary: take(readAmount(field(line, 'salary'), at('used', i, 'salary'))) ?? (0 as Money),
    other: take(readAmount(field(line, 'other'), at('used', i, 'other'))) ?? (0 as Money),
  }));
  const clawbacks = list(raw.clawbacks).map(
    (c, i) => take(readAmount(field(c, 'amount'), at('clawbacks', i, 'amount'))) ?? (0 as Money),
  );
  if (problems.length === 0) {
    assert(
      shape.isOk() && code !== undefined && granted !== undefined && repaid !== undefined,
      assertMessages.unreachable,
    );
    const value = shape.value;
    const report: UsageReport = {
      municipalityCode: code,
      year: value.year,
      granted,
      used: value.used.map((line, i) => ({
        category: line.category,
        ...(used[i] ?? { salary: 0 as Money, other: 0 as Money }),
      })),
      unusedReasons: [...new Set(value.unusedReasons ?? [])],
      clawbacks: (value.clawbacks ?? []).map((c, i) => ({
        amount: clawbacks[i] ?? (0 as Money),
        decided: c.decided ?? null,
      })),
      repaid,
    };
    problems.push(
      ...usageProblems(report).map((e) =>
        Object.freeze({ ...e, path: Object.freeze([...path, ...e.path]) }),
      ),
    );
    if (problems.length === 0) return ok(report);
  }
  const [first, ...rest] = problems;
  assert(first !== undefined, assertMessages.unreachable);
  return err([first, ...rest]);
}
