import { defineMessages } from '@stadig/core';

/**
 * Why information may or may not be shared, with sv/en messages.
 *
 * @example
 * ```ts
 * consentMessages['consent.withdrawn'].en({});
 * //=> 'The consent has been withdrawn.'
 * ```
 */
export const consentMessages = defineMessages({
  'consent.valid': {
    sv: () => 'Det finns ett giltigt samtycke för mottagaren och ändamålet.',
    en: () => 'There is a valid consent for the recipient and purpose.',
  },
  'consent.none': {
    sv: () => 'Det finns inget samtycke för mottagaren.',
    en: () => 'There is no consent for the recipient.',
  },
  'consent.other-purpose': {
    sv: () => 'Samtycket för mottagaren gäller ett annat ändamål.',
    en: () => 'The consent for the recipient is for another purpose.',
  },
  'consent.not-yet-given': {
    sv: () => 'Samtycket gäller först från ett senare datum.',
    en: () => 'The consent applies only from a later date.',
  },
  'consent.expired': {
    sv: () => 'Samtycket har löpt ut.',
    en: () => 'The consent has expired.',
  },
  'consent.withdrawn': {
    sv: () => 'Samtycket har återkallats.',
    en: () => 'The consent has been withdrawn.',
  },
});

/**
 * A consent reason code.
 *
 * @example
 * ```ts
 * const code: ConsentReasonCode = 'consent.expired';
 * ```
 */
export type ConsentReasonCode = keyof typeof consentMessages;
