import { defineMessages } from '../errors/defineMessages';

/**
 * The error codes and sv/en messages of money handling. No message repeats the
 * amount or text it was given.
 *
 * @example
 * ```ts
 * moneyMessages['money.too-many-decimals'].en({ maxDecimals: 2 });
 * //=> 'An amount can have at most 2 decimals (whole öre).'
 * ```
 */
export const moneyMessages = defineMessages({
  'money.not-a-number': {
    sv: () => 'Beloppet måste vara ett ändligt tal.',
    en: () => 'The amount must be a finite number.',
  },
  'money.not-whole-ore': {
    sv: () => 'Beloppet måste vara ett helt antal öre.',
    en: () => 'The amount must be a whole number of öre.',
  },
  'money.out-of-range': {
    sv: () => 'Beloppet är för stort (högst 90 071 992 547 409,91 kr åt vardera hållet).',
    en: () => 'The amount is too large (at most SEK 90,071,992,547,409.91 either way).',
  },
  'money.too-many-decimals': {
    sv: ({ maxDecimals }: { maxDecimals: number }) =>
      `Ett belopp kan ha högst ${maxDecimals} decimaler (hela öre).`,
    en: ({ maxDecimals }: { maxDecimals: number }) =>
      `An amount can have at most ${maxDecimals} decimals (whole öre).`,
  },
  'money.not-a-string': {
    sv: () => 'Ett belopp att tolka måste vara en textsträng.',
    en: () => 'An amount to parse must be a string.',
  },
  'money.empty': { sv: () => 'Beloppet saknas.', en: () => 'The amount is missing.' },
  'money.invalid-format': {
    sv: () => 'Beloppet går inte att tolka. Skriv till exempel 1 234,50 kr.',
    en: () => 'The amount cannot be read. Write it like 1 234,50 kr.',
  },
  'money.ambiguous-separator': {
    sv: () =>
      'Punkten kan betyda både tusental och decimaler. Skriv tusental med mellanslag (1 234) och decimaler med komma (1,23).',
    en: () =>
      'The dot could separate thousands or decimals. Group thousands with a space (1 234) and write decimals with a comma (1,23).',
  },
  'money.overflow': {
    sv: () => 'Resultatet blir för stort för att räknas exakt.',
    en: () => 'The result is too large to be computed exactly.',
  },
  'money.not-a-list': {
    sv: () => 'Värdet måste vara en lista.',
    en: () => 'The value must be a list.',
  },
  'money.no-weights': {
    sv: () => 'Det behövs minst en vikt att fördela efter.',
    en: () => 'At least one weight is needed to allocate by.',
  },
  'money.invalid-weight': {
    sv: () => 'En vikt måste vara ett ändligt tal som är noll eller större.',
    en: () => 'A weight must be a finite number that is zero or more.',
  },
  'money.all-weights-zero': {
    sv: () => 'Minst en vikt måste vara större än noll.',
    en: () => 'At least one weight must be greater than zero.',
  },
  'money.not-whole-kronor': {
    sv: () => 'Beloppet måste vara hela kronor för att fördelas i hela kronor.',
    en: () => 'The amount must be whole kronor to be allocated in whole kronor.',
  },
  'money.invalid-option': {
    sv: ({ option }: { option: string }) => `Ogiltigt värde för inställningen ${option}.`,
    en: ({ option }: { option: string }) => `Invalid value for the option ${option}.`,
  },
});

/**
 * Every error code of money handling.
 *
 * @example
 * ```ts
 * const code: MoneyErrorCode = 'money.overflow';
 * ```
 */
export type MoneyErrorCode = keyof typeof moneyMessages;
