import type { LocalizedText } from '@stadig/core';

/**
 * The legal grounds on which protected personal data may be exported, the ones a
 * municipality's social services most often rely on (offentlighets- och
 * sekretesslagen, OSL 2009:400). An export function takes one of these before it
 * writes a name, an identity number, a note or a place. Whether the ground holds is the
 * caller's responsibility (record it in your audit log with its reference); the
 * adapter only refuses to write protected data without one. Not legal advice.
 *
 * @example
 * ```ts
 * legalGrounds['osl-12-2'].en;
 * //=> 'consent of the person concerned (OSL 12 ch. 2 §)'
 * ```
 */
export const legalGrounds = {
  'same-authority': {
    sv: 'flytt mellan system inom samma myndighet, inget utlämnande (OSL 8 kap. 1 §)',
    en: 'moving data between systems of the same authority, no disclosure (OSL 8 ch. 1 §)',
  },
  'osl-10-2': {
    sv: 'utlämnande nödvändigt för att fullgöra verksamheten (OSL 10 kap. 2 §)',
    en: 'disclosure necessary for the authority to carry out its work (OSL 10 ch. 2 §)',
  },
  'osl-10-28': {
    sv: 'uppgiftsskyldighet enligt lag eller förordning (OSL 10 kap. 28 §)',
    en: 'a duty to disclose under an act or ordinance (OSL 10 ch. 28 §)',
  },
  'osl-12-2': {
    sv: 'samtycke från den enskilde (OSL 12 kap. 2 §)',
    en: 'consent of the person concerned (OSL 12 ch. 2 §)',
  },
} as const satisfies Record<string, LocalizedText>;

/**
 * A stated legal ground for an export of protected data: which ground, and a
 * reference the export is recorded under (a decision or consent id; not personal data).
 *
 * @example
 * ```ts
 * const ground: LegalGround = { ground: 'same-authority', reference: 'dnr 2026-123' };
 * ```
 */
export interface LegalGround {
  readonly ground: keyof typeof legalGrounds;
  readonly reference: string;
}
