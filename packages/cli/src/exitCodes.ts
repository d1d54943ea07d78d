/**
 * The exit codes of every `stadig` verb.
 *
 * - `0` done;
 * - `1` invalid input: the command ran, and every problem is listed;
 * - `2` usage error: an unknown verb or flag, or a missing argument.
 *
 * @example
 * ```ts
 * exitCodes.invalidInput;
 * //=> 1
 * ```
 */
export const exitCodes = {
  ok: 0,
  invalidInput: 1,
  usage: 2,
} as const satisfies Record<string, number>;

/**
 * One of the {@link exitCodes}.
 *
 * @example
 * ```ts
 * const code: ExitCode = 0;
 * ```
 */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
