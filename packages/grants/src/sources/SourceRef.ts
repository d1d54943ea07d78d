/**
 * Where a figure or a rule comes from: a document and a place in it (section heading,
 * table, line numbers), so that a caseworker can check it.
 *
 * @example
 * ```ts
 * const source: SourceRef = { document: 'seed 004', place: 'Tabell 2 (lines 234–241)' };
 * ```
 */
export interface SourceRef {
  /** The document, such as Socialstyrelsen's report (seed 004) or an ordinance. */
  readonly document: string;
  /** Where in it: a heading, a table, a footnote, line numbers of the seed text. */
  readonly place: string;
}
