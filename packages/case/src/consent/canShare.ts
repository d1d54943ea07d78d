import type { DateOnly } from '@stadig/core';
import type { Case } from '../model/Case';
import type { ConsentPurpose } from '../model/consentVocabulary';
import { type ConsentReasonCode, consentMessages } from './messages';

/**
 * Who information would go to: a named organisation or a category of recipient.
 *
 * @example
 * ```ts
 * const recipient: Recipient = { kind: 'category', category: 'municipal-housing-company' };
 * ```
 */
export type Recipient = Case['consents'][number]['recipient'];

/**
 * The answer of {@link canShare}: whether sharing is allowed, and why.
 *
 * @example
 * ```ts
 * const answer: ShareAnswer = { allowed: false, reason: { code: 'consent.none', sv: '…', en: '…' } };
 * ```
 */
export interface ShareAnswer {
  readonly allowed: boolean;
  readonly reason: { readonly code: ConsentReasonCode; readonly sv: string; readonly en: string };
}

type Consent = Case['consents'][number];
const norm = (s: string) => s.trim().toLocaleLowerCase('sv');
const sameRecipient = (a: Recipient, b: Recipient) =>
  a.kind === 'organisation' && b.kind === 'organisation'
    ? norm(a.name) === norm(b.name)
    : a.kind === 'category' && b.kind === 'category' && a.category === b.category;

/** Why one consent does or does not cover `asOf`. */
const statusOf = (c: Consent, asOf: DateOnly): ConsentReasonCode =>
  c.withdrawn !== undefined && c.withdrawn <= asOf
    ? 'consent.withdrawn'
    : c.given > asOf
      ? 'consent.not-yet-given'
      : c.expires !== undefined && c.expires < asOf
        ? 'consent.expired'
        : 'consent.valid';

const rank: readonly ConsentReasonCode[] = [
  'consent.valid',
  'consent.not-yet-given',
  'consent.expired',
  'consent.withdrawn',
];

/**
 * Whether a case's information may be shared with a recipient for a purpose on a day.
 * Only a consent to that recipient and purpose that is given on or before `asOf`, not
 * expired (`expires` is the last valid day) and not withdrawn (from the withdrawal day
 * on) allows it; an organisation's name is compared without case or outer spaces.
 *
 * @param c - the case
 * @param recipient - who would receive the information
 * @param purpose - what for
 * @param asOf - the day of sharing
 * @returns whether it is allowed, with the reason code and sv/en text
 *
 * @example
 * ```ts
 * canShare(c, { kind: 'category', category: 'municipal-housing-company' }, 'housing-referral', asOf).reason.code;
 * //=> 'consent.valid'
 * ```
 */
export function canShare(
  c: Case,
  recipient: Recipient,
  purpose: ConsentPurpose,
  asOf: DateOnly,
): ShareAnswer {
  const forRecipient = c.consents.filter((x) => sameRecipient(x.recipient, recipient));
  const statuses = forRecipient.filter((x) => x.purpose === purpose).map((x) => statusOf(x, asOf));
  const code =
    rank.find((r) => statuses.includes(r)) ??
    (forRecipient.length > 0 ? 'consent.other-purpose' : 'consent.none');
  const message = consentMessages[code];
  return {
    allowed: code === 'consent.valid',
    reason: { code, sv: message.sv(), en: message.en() },
  };
}
