/**
 * Messages for programmer errors: broken invariants that no user input can cause.
 * Input problems are returned as `StadigError`s instead.
 *
 * @example
 * ```ts
 * assert(Number.isSafeInteger(42), assertMessages.notSafeInteger);
 * ```
 */
export const assertMessages = {
  notSafeInteger: 'Expected a safe integer.',
  notProtected: 'Expected a value created by protect().',
  unreachable: 'Reached code that the types say is unreachable.',
} as const;

/**
 * Throws a `TypeError` when an invariant does not hold. Use only for programmer
 * errors; input problems are returned as values.
 *
 * @param condition - the invariant
 * @param message - one of {@link assertMessages}
 *
 * @example
 * ```ts
 * assert(1 + 1 === 2, assertMessages.unreachable);
 * ```
 */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new TypeError(`[@stadig] ${message}`);
}
