import { defineMessages } from '@stadig/core';

type Candidate = { candidate: string; code: string };

/**
 * The error codes of application validation, with sv and en messages. No message
 * repeats the input; a probable municipality is named from Stadig's own table.
 *
 * @example
 * ```ts
 * applicationMessages['grants.municipality-probable'].en({ candidate: 'Norrtälje', code: '0188' });
 * //=> 'The municipality name is not exact: did you mean Norrtälje (0188)? Write the name or the SCB code exactly.'
 * ```
 */
export const applicationMessages = /* @__PURE__ */ defineMessages({
  'grants.municipality-probable': {
    sv: ({ candidate, code }: Candidate) =>
      `Kommunnamnet är inte exakt: menar du ${candidate} (${code})? Skriv namnet eller SCB-koden exakt.`,
    en: ({ candidate, code }: Candidate) =>
      `The municipality name is not exact: did you mean ${candidate} (${code})? Write the name or the SCB code exactly.`,
  },
  'grants.municipality-unknown': {
    sv: () => 'Ingen kommun har det namnet eller den koden.',
    en: () => 'No municipality has this name or code.',
  },
  'grants.negative-amount': {
    sv: () => 'Beloppet får inte vara negativt.',
    en: () => 'The amount cannot be negative.',
  },
  'grants.requested-exceeds-costs': {
    sv: () => 'Det begärda beloppet är större än aktiviteternas sammanlagda kostnader.',
    en: () => "The amount asked for is more than the activities' total costs.",
  },
});
