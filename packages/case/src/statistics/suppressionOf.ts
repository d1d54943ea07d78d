import type { Suppression } from './CaseStatisticsTable';
import type { CellStatus } from './suppressTable';

/**
 * The published explanation of a cell's status: `null` when published, otherwise the
 * reason with a Swedish and English text naming the threshold. Never throws.
 *
 * @param status - the cell's status from `suppressTable`
 * @param threshold - the smallest count published
 * @returns the suppression, or `null`
 *
 * @example
 * ```ts
 * suppressionOf('small-count', 5)?.en;
 * //=> 'Suppressed: based on fewer than 5 cases.'
 * ```
 */
export function suppressionOf(status: CellStatus, threshold: number): Suppression | null {
  if (status === 'published') return null;
  return status === 'small-count'
    ? {
        reason: status,
        sv: `Undertryckt: bygger på färre än ${threshold} ärenden.`,
        en: `Suppressed: based on fewer than ${threshold} cases.`,
      }
    : {
        reason: status,
        sv: 'Undertryckt: annars kunde ett undertryckt litet antal räknas fram ur summorna.',
        en: 'Suppressed: otherwise a suppressed small count could be derived from the totals.',
      };
}
