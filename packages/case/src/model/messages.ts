import { defineMessages } from '@stadig/core';

/**
 * The error codes and sv/en messages of the case model. No message repeats a value
 * from the input.
 *
 * @example
 * ```ts
 * caseMessages['case.ends-before-start'].en({});
 * //=> 'The end date is before the start date.'
 * ```
 */
export const caseMessages = defineMessages({
  'case.ends-before-start': {
    sv: () => 'Slutdatumet ligger före startdatumet.',
    en: () => 'The end date is before the start date.',
  },
  'case.first-event-not-opened': {
    sv: () => 'Händelseloggen måste börja med att ärendet öppnas.',
    en: () => 'The event log must start with the case being opened.',
  },
  'case.duplicate-id': {
    sv: () => 'Samma id används mer än en gång.',
    en: () => 'The same id is used more than once.',
  },
});

/**
 * A case model error code.
 *
 * @example
 * ```ts
 * const code: CaseErrorCode = 'case.ends-before-start';
 * ```
 */
export type CaseErrorCode = keyof typeof caseMessages;
