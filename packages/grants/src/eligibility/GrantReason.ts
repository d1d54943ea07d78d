import type { LocalizedText } from '@stadig/core';
import type { SourceRef } from '../sources/SourceRef';

/**
 * Why an activity or an application got what it got: a rule id a program can read,
 * a sentence a caseworker can read (sv and en), and the source when there is one.
 *
 * @example
 * ```ts
 * const reason: GrantReason = {
 *   code: 'ineligible.emergency-apartments',
 *   text: { sv: 'Jourlägenheter …', en: 'Emergency apartments …' },
 *   source: null,
 * };
 * ```
 */
export interface GrantReason {
  /** The rule id, such as `eligible.category`, `ineligible.preventive-work`, `reduced.pro-rata`. */
  readonly code: string;
  /** The explanation. */
  readonly text: LocalizedText;
  /** Where the rule comes from, or `null`. */
  readonly source: SourceRef | null;
}
