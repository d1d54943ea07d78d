import type { LocalizedText } from '../i18n/LocalizedText';

/**
 * Where in the input a problem is: object keys and array indexes from the root.
 *
 * @example
 * ```ts
 * const path: ErrorPath = ['household', 'children', 1, 'birthDate'];
 * ```
 */
export type ErrorPath = readonly (string | number)[];

/**
 * Values an error may carry besides its message: codes, counts and limits, never
 * personal data (no names, identity numbers, addresses or free text from the input).
 *
 * @example
 * ```ts
 * const params: ErrorParams = { maxDecimals: 2 };
 * ```
 */
export type ErrorParams = Readonly<Record<string, string | number | boolean | null>>;

/**
 * A problem with input, as a readonly value keyed by a machine-readable `code`,
 * with the `path` to the offending field and a message in Swedish and English.
 *
 * Every Stadig function that can fail on input returns one of these (or a
 * non-empty list of them) in a `Result`; none throws. An error never repeats
 * the personal values it was given.
 *
 * @typeParam Code - the union of codes the producing package can return
 *
 * @example
 * ```ts
 * const error: StadigError<'date.invalid'> = {
 *   code: 'date.invalid',
 *   path: ['startDate'],
 *   message: { sv: 'Datumet finns inte.', en: 'The date does not exist.' },
 *   params: {},
 * };
 * ```
 */
export interface StadigError<Code extends string = string> {
  /** The machine-readable code, such as `money.too-many-decimals`. */
  readonly code: Code;
  /** Where the problem is, from the root of the input. */
  readonly path: ErrorPath;
  /** What is wrong, for a person, in Swedish and English. */
  readonly message: LocalizedText;
  /** Non-personal details (limits, counts, codes) a program can use. */
  readonly params: ErrorParams;
}

/**
 * A non-empty readonly list: what a validator returns when it lists every problem.
 *
 * @example
 * ```ts
 * const list: NonEmptyReadonlyArray<number> = [1, 2];
 * ```
 */
export type NonEmptyReadonlyArray<T> = readonly [T, ...T[]];
