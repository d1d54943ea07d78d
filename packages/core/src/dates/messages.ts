import { defineMessages } from '../errors/defineMessages';

/**
 * The error codes and sv/en messages of date handling.
 *
 * @example
 * ```ts
 * dateMessages['date.invalid-format'].en({});
 * //=> 'A date must be written YYYY-MM-DD, for example 2024-02-29.'
 * ```
 */
export const dateMessages = defineMessages({
  'date.not-a-string': {
    sv: () => 'Ett datum måste vara en textsträng.',
    en: () => 'A date must be a string.',
  },
  'date.invalid-format': {
    sv: () => 'Ett datum skrivs ÅÅÅÅ-MM-DD, till exempel 2024-02-29.',
    en: () => 'A date must be written YYYY-MM-DD, for example 2024-02-29.',
  },
  'date.does-not-exist': {
    sv: () => 'Datumet finns inte i kalendern.',
    en: () => 'The date does not exist in the calendar.',
  },
  'date.out-of-range': {
    sv: ({ min, max }: { min: number; max: number }) =>
      `Året måste ligga mellan ${min} och ${max}.`,
    en: ({ min, max }: { min: number; max: number }) =>
      `The year must be between ${min} and ${max}.`,
  },
});
