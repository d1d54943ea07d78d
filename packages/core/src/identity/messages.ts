import { defineMessages } from '../errors/defineMessages';

/**
 * Why a well-formed identity number with a correct check digit is still not
 * believable at `asOf`.
 *
 * - `older-than-max-age`: the person would be older than the maximum age at `asOf`
 * - `before-1800`: the birth year is before the years a `DateOnly` can hold
 * - `plus-sign-before-100`: written with `+` (100 years or older), but the person
 *   does not turn 100 until after the year of `asOf`
 * - `birth-number-000`: the birth number (three digits after the date) is 000,
 *   which Skatteverket never assigns (they run from 001 to 999)
 *
 * @example
 * ```ts
 * const reason: IdentityImplausibleReason = 'older-than-max-age';
 * ```
 */
export type IdentityImplausibleReason =
  | 'older-than-max-age'
  | 'before-1800'
  | 'plus-sign-before-100'
  | 'birth-number-000';

type ImplausibleParams = { reason: IdentityImplausibleReason; maxAge: number };

const implausible = {
  'older-than-max-age': {
    sv: ({ maxAge }: ImplausibleParams) => `personen skulle vara äldre än ${maxAge} år.`,
    en: ({ maxAge }: ImplausibleParams) => `the person would be older than ${maxAge} years.`,
  },
  'before-1800': {
    sv: () => 'födelseåret ligger före 1800.',
    en: () => 'the year of birth is before 1800.',
  },
  'plus-sign-before-100': {
    sv: () => 'numret har plustecken men personen fyller inte 100 år i år eller tidigare.',
    en: () => 'the number has a plus sign, but the person does not turn 100 this year or earlier.',
  },
  'birth-number-000': {
    sv: () => 'födelsenumret 000 tilldelas aldrig.',
    en: () => 'the birth number 000 is never assigned.',
  },
} as const satisfies Record<
  IdentityImplausibleReason,
  { sv: (p: ImplausibleParams) => string; en: (p: ImplausibleParams) => string }
>;

/**
 * The error codes and sv/en messages of identity numbers (personnummer and
 * samordningsnummer). No message or parameter ever repeats the number or any of
 * its digits: the parameters are only a reason code and the maximum age.
 *
 * @example
 * ```ts
 * identityMessages['identity.checksum-mismatch'].en({});
 * //=> 'The check digit (the last digit) does not match the other digits; check for a typing error.'
 * ```
 */
export const identityMessages = defineMessages({
  'identity.not-a-string': {
    sv: () => 'Ett person- eller samordningsnummer måste vara en textsträng.',
    en: () => 'An identity number must be a string.',
  },
  'identity.invalid-format': {
    sv: () =>
      'Ett person- eller samordningsnummer skrivs med 10 eller 12 siffror, som ÅÅMMDD-NNNN eller ÅÅÅÅMMDDNNNN.',
    en: () => 'An identity number has 10 or 12 digits, written YYMMDD-NNNN or YYYYMMDDNNNN.',
  },
  'identity.interim-number': {
    sv: () => 'Interimsnummer (med en bokstav bland de fyra sista tecknen) tas inte emot.',
    en: () => 'Interim numbers (with a letter among the last four characters) are not accepted.',
  },
  'identity.date-does-not-exist': {
    sv: () => 'Födelsedatumet i numret finns inte i kalendern.',
    en: () => 'The date of birth in the number does not exist in the calendar.',
  },
  'identity.birth-date-after-as-of': {
    sv: () => 'Födelsedatumet i numret ligger efter det datum som kontrollen gäller.',
    en: () => 'The date of birth in the number is later than the date the check is made for.',
  },
  'identity.checksum-mismatch': {
    sv: () =>
      'Kontrollsiffran (den sista siffran) stämmer inte med de andra siffrorna; kontrollera att numret är rätt skrivet.',
    en: () =>
      'The check digit (the last digit) does not match the other digits; check for a typing error.',
  },
  'identity.implausible': {
    sv: (params: ImplausibleParams) =>
      `Numret är inte rimligt: ${implausible[params.reason].sv(params)}`,
    en: (params: ImplausibleParams) =>
      `The number is not plausible: ${implausible[params.reason].en(params)}`,
  },
  'identity.rejected': {
    sv: () => 'Numret är inte ett giltigt person- eller samordningsnummer.',
    en: () => 'The number is not a valid identity number.',
  },
});
