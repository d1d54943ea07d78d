import type { ErrorParams } from './StadigError';

/**
 * One entry of a message catalogue: a Swedish and an English text built from
 * the error's non-personal parameters.
 *
 * @example
 * ```ts
 * const message: Message<{ max: number }> = {
 *   sv: ({ max }) => `Högst ${max} decimaler.`,
 *   en: ({ max }) => `At most ${max} decimals.`,
 * };
 * ```
 */
export interface Message<P extends ErrorParams = ErrorParams> {
  /** The Swedish text. */
  readonly sv: (params: P) => string;
  /** The English text. */
  readonly en: (params: P) => string;
}

/**
 * A package's catalogue of error codes and their messages.
 *
 * @example
 * ```ts
 * const catalogue: MessageCatalogue = {
 *   'x.bad': { sv: () => 'Fel.', en: () => 'Wrong.' },
 * };
 * ```
 */
// biome-ignore lint/suspicious/noExplicitAny: a catalogue holds messages of many parameter types
export type MessageCatalogue = Readonly<Record<string, Message<any>>>;

/**
 * The parameters a catalogue's message for `K` needs.
 *
 * @example
 * ```ts
 * type P = ParamsOf<typeof coreMessages, 'money.too-many-decimals'>;
 * //=> { maxDecimals: number }
 * ```
 */
export type ParamsOf<C extends MessageCatalogue, K extends keyof C> = C[K] extends Message<infer P>
  ? P
  : never;

/**
 * Declares a message catalogue with its exact keys and parameter types kept, as
 * `as const satisfies MessageCatalogue` would.
 *
 * @param catalogue - the codes and their sv/en messages
 * @returns the same catalogue, typed exactly
 *
 * @example
 * ```ts
 * const messages = defineMessages({
 *   'rooms.negative': { sv: () => 'Antalet rum kan inte vara negativt.', en: () => 'Rooms cannot be negative.' },
 * });
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function defineMessages<const C extends MessageCatalogue>(catalogue: C): C {
  return catalogue;
}
