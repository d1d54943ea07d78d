import type { MessageCatalogue, ParamsOf } from './defineMessages';
import type { ErrorPath, StadigError } from './StadigError';

/**
 * Makes a typed error constructor for a package's message catalogue. Each error it
 * builds carries the code, the path, both messages and the parameters.
 *
 * @param catalogue - the package's codes and messages
 * @returns `(code, params, path?) => StadigError`
 *
 * @example
 * ```ts
 * const messages = defineMessages({
 *   'demo.too-long': {
 *     sv: ({ max }: { max: number }) => `Högst ${max} tecken.`,
 *     en: ({ max }: { max: number }) => `At most ${max} characters.`,
 *   },
 * });
 * const demoError = createErrorFactory(messages);
 * demoError('demo.too-long', { max: 3 }, ['name']).message.en;
 * //=> 'At most 3 characters.'
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function createErrorFactory<const C extends MessageCatalogue>(catalogue: C) {
  return function makeError<K extends keyof C & string>(
    code: K,
    params: ParamsOf<C, K>,
    path: ErrorPath = [],
  ): StadigError<K> {
    const message = catalogue[code];
    if (message === undefined) throw new TypeError(`Unknown error code: ${code}`);
    return Object.freeze({
      code,
      path: Object.freeze([...path]),
      message: Object.freeze({ sv: message.sv(params), en: message.en(params) }),
      params: Object.freeze({ ...params }),
    });
  };
}
