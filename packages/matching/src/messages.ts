import { defineMessages } from '@stadig/core';

/**
 * The error codes of `@stadig/matching`, besides the generic `validation.*`, `date.*`,
 * `municipality.*` and `housing.*` codes. No message repeats a value from the input.
 *
 * @example
 * ```ts
 * matchingMessages['matching.duplicate-offer-id'].en({});
 * //=> 'Two offers have the same id.'
 * ```
 */
export const matchingMessages = /* @__PURE__ */ defineMessages({
  'matching.duplicate-offer-id': {
    sv: () => 'Två erbjudanden har samma id.',
    en: () => 'Two offers have the same id.',
  },
  'matching.not-a-list': {
    sv: () => 'Indata ska vara ett erbjudande eller en lista med erbjudanden.',
    en: () => 'The input should be an offer or a list of offers.',
  },
});

/**
 * An error code of {@link matchingMessages}.
 *
 * @example
 * ```ts
 * const code: MatchingErrorCode = 'matching.duplicate-offer-id';
 * ```
 */
export type MatchingErrorCode = keyof typeof matchingMessages;
