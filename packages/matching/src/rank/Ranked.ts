/**
 * One entry of a ranking: the other side's id, its index in the list ranked, and the
 * pair's score.
 *
 * @example
 * ```ts
 * const best: Ranked = { id: 'offer-0042', index: 42, score: 88 };
 * ```
 */
export interface Ranked {
  readonly id: string;
  readonly index: number;
  readonly score: number;
}
