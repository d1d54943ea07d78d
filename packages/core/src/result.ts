/**
 * Results: every Stadig function that can fail on input returns a neverthrow
 * `Result` (or `ResultAsync`) instead of throwing. They are re-exported here so
 * that a program needs only `@stadig/core`.
 *
 * @example
 * ```ts
 * const half = (n: number): Result<number, string> => (n % 2 === 0 ? ok(n / 2) : err('odd'));
 * half(4).unwrapOr(0);
 * //=> 2
 * ```
 *
 * @module
 */
export { Err, err, errAsync, Ok, ok, okAsync, Result, ResultAsync } from 'neverthrow';
