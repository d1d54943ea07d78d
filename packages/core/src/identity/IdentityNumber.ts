import type { DateOnly } from '../dates/DateOnly';
import type { LocalizedText } from '../i18n/LocalizedText';
import type { Protected } from '../protected/Protected';

/**
 * The kinds of Swedish identity number Stadig accepts, and how each writes the
 * day of birth: a personnummer (folkbokföringslagen 18 §) writes it as it is; a
 * samordningsnummer (18 a §) adds 60 to it. This table is the one place a kind is
 * added.
 *
 * @example
 * ```ts
 * identityNumberKinds.samordningsnummer.dayOffset;
 * //=> 60
 * ```
 */
export const identityNumberKinds = {
  personnummer: {
    dayOffset: 0,
    label: { sv: 'personnummer', en: 'personal identity number' },
  },
  samordningsnummer: {
    dayOffset: 60,
    label: { sv: 'samordningsnummer', en: 'coordination number' },
  },
} as const satisfies Record<string, { dayOffset: number; label: LocalizedText }>;

/**
 * A kind of identity number: `personnummer` or `samordningsnummer`.
 *
 * @example
 * ```ts
 * const kind: IdentityNumberKind = 'samordningsnummer';
 * ```
 */
export type IdentityNumberKind = keyof typeof identityNumberKinds;

/**
 * The oldest age, in completed years at `asOf`, that an identity number may
 * describe before {@link parseIdentityNumber} calls it implausible.
 *
 * @example
 * ```ts
 * IDENTITY_NUMBER_MAX_AGE;
 * //=> 130
 * ```
 */
export const IDENTITY_NUMBER_MAX_AGE = 130;

/**
 * A valid Swedish personal identity number or coordination number. Both the number
 * and the date of birth it encodes are {@link Protected}: `JSON.stringify`,
 * `String()`, template literals and `util.inspect` show `[protected:…]`, never
 * the digits. Obtain one from {@link parseIdentityNumber}.
 *
 * The `birthDate` is the date written in the number (for a samordningsnummer, with
 * 60 taken off the day). When a day has run out of birth numbers, Skatteverket may
 * write a nearby day instead, so it can differ from the real date of birth.
 *
 * @example
 * ```ts
 * const id = parseIdentityNumber(formText, { asOf })._unsafeUnwrap();
 * id.kind;
 * //=> 'personnummer'
 * JSON.stringify(id);
 * //=> '{"kind":"personnummer","value":"[protected:identity-number]","birthDate":"[protected:birth-date]"}'
 * ```
 */
export interface IdentityNumber {
  /** Whether this is a personnummer or a samordningsnummer. */
  readonly kind: IdentityNumberKind;
  /** The number in its normalised twelve-digit form `YYYYMMDD-NNNN`. */
  readonly value: Protected<string>;
  /** The date of birth the number encodes. */
  readonly birthDate: Protected<DateOnly>;
}
