/**
 * A text a caseworker reads, in Swedish and English.
 *
 * @example
 * ```ts
 * const title: LocalizedText = { sv: 'Stadigvarande boende', en: 'Permanent housing' };
 * ```
 */
export interface LocalizedText {
  /** Swedish. */
  readonly sv: string;
  /** English. */
  readonly en: string;
}
