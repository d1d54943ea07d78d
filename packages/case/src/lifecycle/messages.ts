import { defineMessages } from '@stadig/core';

type StateAndEvent = { state: string; event: string };

/**
 * The reasons an event is rejected by the lifecycle, with sv/en messages. Parameters
 * are vocabulary codes only.
 *
 * @example
 * ```ts
 * lifecycleMessages['lifecycle.moved-in-before-offer'].en({});
 * //=> 'Moved in before any offer was made.'
 * ```
 */
export const lifecycleMessages = defineMessages({
  'lifecycle.not-opened': {
    sv: () => 'Ärendet har inte öppnats.',
    en: () => 'The case has not been opened.',
  },
  'lifecycle.already-opened': {
    sv: () => 'Ärendet är redan öppnat.',
    en: () => 'The case is already open.',
  },
  'lifecycle.case-closed': {
    sv: () => 'Ärendet är avslutat; ingen händelse kan följa.',
    en: () => 'The case is closed; no event can follow.',
  },
  'lifecycle.back-in-time': {
    sv: () => 'Händelsen är daterad före föregående händelse.',
    en: () => 'The event is dated before the previous event.',
  },
  'lifecycle.not-allowed': {
    sv: ({ state, event }: StateAndEvent) =>
      `Händelsen ${event} är inte tillåten i läget ${state}.`,
    en: ({ state, event }: StateAndEvent) => `The event ${event} is not allowed in state ${state}.`,
  },
  'lifecycle.moved-in-before-offer': {
    sv: () => 'Inflyttning innan något erbjudande lämnats.',
    en: () => 'Moved in before any offer was made.',
  },
  'lifecycle.unknown-offer': {
    sv: () => 'Händelsen gäller ett erbjudande som inte är öppet.',
    en: () => 'The event refers to an offer that is not open.',
  },
  'lifecycle.permanent-without-move-in': {
    sv: () => 'Stadigvarande boende kan inte anges som skäl innan hushållet flyttat in.',
    en: () => 'Permanent housing cannot be the reason before the household has moved in.',
  },
});

/**
 * A lifecycle rejection code.
 *
 * @example
 * ```ts
 * const code: LifecycleErrorCode = 'lifecycle.back-in-time';
 * ```
 */
export type LifecycleErrorCode = keyof typeof lifecycleMessages;
