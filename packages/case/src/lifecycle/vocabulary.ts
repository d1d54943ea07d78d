import type { LocalizedText } from '@stadig/core';

type Table = Readonly<Record<string, LocalizedText>>;

/**
 * The states of a case's lifecycle, derived from its event log.
 *
 * @example
 * ```ts
 * caseStates['in-sheltered-housing'].sv;
 * //=> 'placerad i skyddat boende'
 * ```
 */
export const caseStates = {
  open: { sv: 'öppnat', en: 'opened' },
  'in-sheltered-housing': { sv: 'placerad i skyddat boende', en: 'placed in sheltered housing' },
  planning: { sv: 'planering', en: 'planning' },
  'offer-pending': { sv: 'erbjudande lämnat', en: 'offer made' },
  'moved-in': { sv: 'inflyttad', en: 'moved in' },
  'follow-up': { sv: 'uppföljning', en: 'follow-up' },
  closed: { sv: 'avslutat', en: 'closed' },
} as const satisfies Table;

/**
 * A lifecycle state.
 *
 * @example
 * ```ts
 * const state: CaseState = 'planning';
 * ```
 */
export type CaseState = keyof typeof caseStates;

/**
 * The kinds of event in a case's log.
 *
 * @example
 * ```ts
 * caseEventTypes['offer-declined'].en;
 * //=> 'offer declined'
 * ```
 */
export const caseEventTypes = {
  opened: { sv: 'ärendet öppnat', en: 'case opened' },
  placed: { sv: 'placerad i skyddat boende', en: 'placed in sheltered housing' },
  'planning-started': { sv: 'planering påbörjad', en: 'planning started' },
  'offer-made': { sv: 'erbjudande lämnat', en: 'offer made' },
  'offer-declined': { sv: 'erbjudande avböjt', en: 'offer declined' },
  'moved-in': { sv: 'inflyttad', en: 'moved in' },
  'follow-up-started': { sv: 'uppföljning påbörjad', en: 'follow-up started' },
  closed: { sv: 'ärendet avslutat', en: 'case closed' },
} as const satisfies Table;

/**
 * A kind of case event.
 *
 * @example
 * ```ts
 * const type: CaseEventType = 'moved-in';
 * ```
 */
export type CaseEventType = keyof typeof caseEventTypes;

/**
 * Why a case was closed.
 *
 * @example
 * ```ts
 * closeReasons['returned-to-perpetrator'].sv;
 * //=> 'återvänt till våldsutövaren'
 * ```
 */
export const closeReasons = {
  'permanent-housing-arranged': {
    sv: 'stadigvarande boende ordnat',
    en: 'permanent housing arranged',
  },
  'moved-on-own': { sv: 'flyttat på egen hand', en: 'moved on their own' },
  'returned-to-perpetrator': {
    sv: 'återvänt till våldsutövaren',
    en: 'returned to the perpetrator',
  },
  discontinued: { sv: 'avbrutet', en: 'discontinued' },
} as const satisfies Table;

/**
 * A reason for closing a case.
 *
 * @example
 * ```ts
 * const reason: CloseReason = 'moved-on-own';
 * ```
 */
export type CloseReason = keyof typeof closeReasons;
