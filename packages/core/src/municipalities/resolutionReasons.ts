import { defineMessages, type ParamsOf } from '../errors/defineMessages';

type Name = { name: string };
type Distance = { name: string; distance: number };
type InCounty = { name: string; county: string };
type CountyName = { county: string };
const sv = (distance: number) => String(distance).replace('.', ',');

/**
 * Why a name was resolved as it was, in Swedish and English, for each reason code.
 * The texts name municipalities and counties from Stadig's tables, never the input.
 *
 * @example
 * ```ts
 * resolutionReasonMessages['municipality.one-letter'].en({ name: 'Norrtälje' });
 * //=> 'Differs by one letter from Norrtälje.'
 * ```
 */
export const resolutionReasonMessages = /*#__PURE__*/ defineMessages({
  'municipality.name': {
    sv: ({ name }: Name) => `Kommunens namn: ${name}.`,
    en: ({ name }: Name) => `The municipality's name: ${name}.`,
  },
  'municipality.form': {
    sv: ({ name }: Name) => `Ett skrivsätt för ${name}.`,
    en: ({ name }: Name) => `A way of writing ${name}.`,
  },
  'municipality.code': {
    sv: ({ name }: Name) => `SCB:s kommunkod för ${name}.`,
    en: ({ name }: Name) => `The SCB municipality code of ${name}.`,
  },
  'municipality.diacritics': {
    sv: ({ name }: Name) => `Skiljer sig bara i å/ä/ö från ${name}.`,
    en: ({ name }: Name) => `Differs only in å/ä/ö from ${name}.`,
  },
  'municipality.one-letter': {
    sv: ({ name }: Name) => `Skiljer sig med en bokstav från ${name}.`,
    en: ({ name }: Name) => `Differs by one letter from ${name}.`,
  },
  'municipality.similar': {
    sv: ({ name, distance }: Distance) => `Liknar ${name} (redigeringsavstånd ${sv(distance)}).`,
    en: ({ name, distance }: Distance) => `Resembles ${name} (edit distance ${distance}).`,
  },
  'municipality.only-one-in-county': {
    sv: ({ name, county }: InCounty) => `${county} har en enda kommun: ${name}.`,
    en: ({ name, county }: InCounty) => `${county} has a single municipality: ${name}.`,
  },
  'municipality.is-region': {
    sv: ({ county }: CountyName) => `En region är på länsnivå (${county}), inte en kommun.`,
    en: ({ county }: CountyName) => `A region is county level (${county}), not a municipality.`,
  },
  'municipality.region': {
    sv: () => 'Namn som börjar med Region avser regioner på länsnivå, inte kommuner.',
    en: () => 'Names beginning with Region are county-level regions, not municipalities.',
  },
  'municipality.is-county': {
    sv: ({ county }: CountyName) => `Namnet avser ett län (${county}), inte en kommun.`,
    en: ({ county }: CountyName) => `The name is a county (${county}), not a municipality.`,
  },
  'municipality.unknown-code': {
    sv: () => 'Ingen kommun har den koden.',
    en: () => 'No municipality has this code.',
  },
  'municipality.no-match': {
    sv: () => 'Ingen kommun har ett namn som liknar texten.',
    en: () => 'No municipality has a name resembling the text.',
  },
  'municipality.empty': {
    sv: () => 'Texten är tom eller inte en textsträng.',
    en: () => 'The text is empty or not a string.',
  },
  'county.name': {
    sv: ({ name }: Name) => `Länets namn: ${name}.`,
    en: ({ name }: Name) => `The county's name: ${name}.`,
  },
  'county.form': {
    sv: ({ name }: Name) => `Ett skrivsätt för ${name}, eller dess region.`,
    en: ({ name }: Name) => `A way of writing ${name}, or its region.`,
  },
  'county.code': {
    sv: ({ name }: Name) => `SCB:s länskod för ${name}.`,
    en: ({ name }: Name) => `The SCB county code of ${name}.`,
  },
  'county.diacritics': {
    sv: ({ name }: Name) => `Skiljer sig bara i å/ä/ö från ${name}.`,
    en: ({ name }: Name) => `Differs only in å/ä/ö from ${name}.`,
  },
  'county.one-letter': {
    sv: ({ name }: Name) => `Skiljer sig med en bokstav från ${name}.`,
    en: ({ name }: Name) => `Differs by one letter from ${name}.`,
  },
  'county.similar': {
    sv: ({ name, distance }: Distance) => `Liknar ${name} (redigeringsavstånd ${sv(distance)}).`,
    en: ({ name, distance }: Distance) => `Resembles ${name} (edit distance ${distance}).`,
  },
  'county.unknown-code': {
    sv: () => 'Inget län har den koden.',
    en: () => 'No county has this code.',
  },
  'county.no-match': {
    sv: () => 'Inget län eller region har ett namn som liknar texten.',
    en: () => 'No county or region has a name resembling the text.',
  },
  'county.empty': {
    sv: () => 'Texten är tom eller inte en textsträng.',
    en: () => 'The text is empty or not a string.',
  },
});

/**
 * A reason code of {@link resolutionReasonMessages}.
 *
 * @example
 * ```ts
 * const code: ResolutionReasonCode = 'municipality.one-letter';
 * ```
 */
export type ResolutionReasonCode = keyof typeof resolutionReasonMessages;

/**
 * Why a name resolved as it did: a machine-readable code and a text in Swedish and
 * English for the caseworker.
 *
 * @example
 * ```ts
 * const reason: ResolutionReason = {
 *   code: 'municipality.one-letter',
 *   sv: 'Skiljer sig med en bokstav från Norrtälje.',
 *   en: 'Differs by one letter from Norrtälje.',
 * };
 * ```
 */
export interface ResolutionReason {
  readonly code: ResolutionReasonCode;
  readonly sv: string;
  readonly en: string;
}

/**
 * Builds a {@link ResolutionReason} from a code and its parameters.
 *
 * @param code - the reason code
 * @param params - the names the texts mention
 * @returns the frozen reason
 *
 * @example
 * ```ts
 * resolutionReason('municipality.diacritics', { name: 'Malmö' }).sv;
 * //=> 'Skiljer sig bara i å/ä/ö från Malmö.'
 * ```
 */
export function resolutionReason<K extends ResolutionReasonCode>(
  code: K,
  params: ParamsOf<typeof resolutionReasonMessages, K>,
): ResolutionReason {
  const message = resolutionReasonMessages[code];
  return Object.freeze({ code, sv: message.sv(params as never), en: message.en(params as never) });
}
