import type { LocalizedText } from '@stadig/core';
import type { ComponentId, VetoId } from './vocabulary';

/**
 * A hard veto of a pair: its id and the sentence for the caseworker.
 *
 * @example
 * ```ts
 * const veto: MatchVeto = { id: 'pets', text: vetoReasons.pets };
 * ```
 */
export interface MatchVeto {
  readonly id: VetoId;
  readonly text: LocalizedText;
}

/**
 * One soft component of a score: its id, its weight (the points it can give), the
 * whole points it gave (`value`), and why, in Swedish and English.
 *
 * @example
 * ```ts
 * const component: ScoreComponent = { id: 'rooms', weight: 15, value: 15, text: { sv: '…', en: '…' } };
 * ```
 */
export interface ScoreComponent {
  readonly id: ComponentId;
  readonly weight: number;
  readonly value: number;
  readonly text: LocalizedText;
}

/**
 * The explained score of a household × dwelling pair: whether it is feasible, every
 * hard veto, the score (a whole number 0–100) and its components, whose values add up
 * exactly to the score. A vetoed pair still shows its components (what would cost
 * points), but is never ranked, assigned or planned. Holds no Protected value.
 *
 * @example
 * ```ts
 * const s: MatchScore = scoreMatch(c, offer, { asOf });
 * s.components.reduce((sum, x) => sum + x.value, 0) === s.score;
 * //=> true
 * ```
 */
export interface MatchScore {
  readonly caseId: string;
  readonly offerId: string;
  readonly feasible: boolean;
  readonly vetoes: readonly MatchVeto[];
  readonly score: number;
  readonly components: readonly ScoreComponent[];
}
