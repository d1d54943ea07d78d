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
  'date.invalid-amount': {
    sv: () => 'Antalet dagar, månader eller år måste vara ett heltal.',
    en: () => 'The number of days, months or years must be a whole number.',
  },
  'date.period-ends-before-start': {
    sv: () => 'Perioden slutar innan den börjar.',
    en: () => 'The period ends before it starts.',
  },
  'date.birth-after-as-of': {
    sv: () => 'Födelsedatumet ligger efter det datum som åldern ska räknas för.',
    en: () => 'The birth date is after the date the age is computed for.',
  },
});

/**
 * Every error code of date handling.
 *
 * @example
 * ```ts
 * const code: DateErrorCode = 'date.period-ends-before-start';
 * ```
 */
export type DateErrorCode = keyof typeof dateMessages;
