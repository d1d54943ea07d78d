import { dateMessages, municipalitiesMessages } from '@stadig/core';
import { housingMessages } from './messages';

/**
 * Every message parsing a housing solution can report: dates, municipality codes and
 * the housing rules. A parser whose input holds a housing solution (an offer, a case's
 * outcome) passes it to `parseWithSchema`, adding its own messages when it has any.
 *
 * @example
 * ```ts
 * housingSolutionMessages['housing.contract-ends-before-start'].en({});
 * //=> 'The contract ends before it starts.'
 * ```
 */
export const housingSolutionMessages = /* @__PURE__ */ (() => ({
  ...dateMessages,
  ...municipalitiesMessages,
  ...housingMessages,
}))();
