import { defineMessages } from '../errors/defineMessages';

/**
 * The error codes and sv/en messages of this module: parsing municipality and county
 * codes. (How a name was resolved is not an error; see `resolutionReasonMessages`.)
 *
 * @example
 * ```ts
 * municipalitiesMessages['municipality.unknown-code'].en({});
 * //=> 'No municipality has this code.'
 * ```
 */
export const municipalitiesMessages = /*#__PURE__*/ defineMessages({
  'municipality.not-a-string': {
    sv: () => 'En kommunkod måste vara en textsträng, till exempel "0180".',
    en: () => 'A municipality code must be a string, for example "0180".',
  },
  'municipality.invalid-code-format': {
    sv: () => 'En kommunkod består av fyra siffror, till exempel 0180.',
    en: () => 'A municipality code has four digits, for example 0180.',
  },
  'municipality.unknown-code': {
    sv: () => 'Ingen kommun har den koden.',
    en: () => 'No municipality has this code.',
  },
  'county.not-a-string': {
    sv: () => 'En länskod måste vara en textsträng, till exempel "01".',
    en: () => 'A county code must be a string, for example "01".',
  },
  'county.invalid-code-format': {
    sv: () => 'En länskod består av två siffror, till exempel 01.',
    en: () => 'A county code has two digits, for example 01.',
  },
  'county.unknown-code': {
    sv: () => 'Inget län har den koden.',
    en: () => 'No county has this code.',
  },
});
