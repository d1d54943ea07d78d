import type { LocalizedText } from '@stadig/core';

type Table = Readonly<Record<string, LocalizedText>>;

/**
 * What an audit entry records.
 *
 * @example
 * ```ts
 * auditActions['protected-read'].sv;
 * //=> 'skyddade uppgifter lästa'
 * ```
 */
export const auditActions = {
  'case-created': { sv: 'ärende skapat', en: 'case created' },
  'case-updated': { sv: 'ärende ändrat', en: 'case updated' },
  'events-appended': { sv: 'händelse tillagd', en: 'event appended' },
  'consent-recorded': { sv: 'samtycke registrerat', en: 'consent recorded' },
  'consent-withdrawn': { sv: 'samtycke återkallat', en: 'consent withdrawn' },
  'protected-read': { sv: 'skyddade uppgifter lästa', en: 'protected data read' },
} as const satisfies Table;

/**
 * An audit action.
 *
 * @example
 * ```ts
 * const action: AuditAction = 'case-updated';
 * ```
 */
export type AuditAction = keyof typeof auditActions;

/**
 * Why protected data is read: the purpose recorded in the audit entry.
 *
 * @example
 * ```ts
 * protectedReadPurposes['housing-referral'].en;
 * //=> 'referral for housing'
 * ```
 */
export const protectedReadPurposes = {
  'case-handling': { sv: 'handläggning av ärendet', en: 'handling of the case' },
  'housing-referral': { sv: 'förmedling av bostad', en: 'referral for housing' },
  'case-transfer': { sv: 'överlämning av ärende', en: 'transfer of the case' },
  'support-planning': { sv: 'planering av stöd', en: 'planning of support' },
  'data-subject-access': {
    sv: 'registerutdrag till den registrerade',
    en: 'access request by the data subject',
  },
  supervision: { sv: 'tillsyn eller granskning', en: 'supervision or audit' },
} as const satisfies Table;

/**
 * A purpose for reading protected data.
 *
 * @example
 * ```ts
 * const purpose: ProtectedReadPurpose = 'case-handling';
 * ```
 */
export type ProtectedReadPurpose = keyof typeof protectedReadPurposes;

/**
 * The legal ground for reading protected data (GDPR art. 6 and 9 as applied in
 * Swedish social services), recorded in the audit entry.
 *
 * @example
 * ```ts
 * protectedReadGrounds.consent.sv;
 * //=> 'samtycke'
 * ```
 */
export const protectedReadGrounds = {
  'public-task': {
    sv: 'myndighetsutövning eller uppgift av allmänt intresse',
    en: 'official authority or public task',
  },
  'legal-obligation': { sv: 'rättslig förpliktelse', en: 'legal obligation' },
  consent: { sv: 'samtycke', en: 'consent' },
  'vital-interests': {
    sv: 'grundläggande intresse för den registrerade',
    en: 'vital interests of the data subject',
  },
} as const satisfies Table;

/**
 * A legal ground for reading protected data.
 *
 * @example
 * ```ts
 * const ground: ProtectedReadGround = 'public-task';
 * ```
 */
export type ProtectedReadGround = keyof typeof protectedReadGrounds;
