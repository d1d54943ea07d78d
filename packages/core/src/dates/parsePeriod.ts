import type { Result } from 'neverthrow';
import type { ErrorPath, NonEmptyReadonlyArray, StadigError } from '../errors/StadigError';
import { parseWithSchema } from '../schema/parseWithSchema';
import { dateMessages } from './messages';
import { type Period, periodSchema } from './Period';

/**
 * Parses a {@link Period} from any input, such as JSON: `{ from, to? }` with ISO dates
 * and `to` on or after `from`. Lists every problem with its path (for example
 * `date.does-not-exist` at `['from']` and `date.period-ends-before-start` at `['to']`).
 * Never throws, and no error repeats the dates.
 *
 * @param input - anything
 * @param path - where the value sits in a larger input, prefixed to every error's path
 * @returns the period, or every problem found
 *
 * @example
 * ```ts
 * parsePeriod({ from: '2024-03-01', to: '2024-02-01' })._unsafeUnwrapErr()[0].code;
 * //=> 'date.period-ends-before-start'
 * ```
 */
export function parsePeriod(
  input: unknown,
  path: ErrorPath = [],
): Result<Period, NonEmptyReadonlyArray<StadigError>> {
  return parseWithSchema(periodSchema, input, { path, catalogue: dateMessages });
}
