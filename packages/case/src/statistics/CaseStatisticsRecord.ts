import type { CountyCode, DateOnly, MunicipalityCode } from '@stadig/core';
import type { CloseReason } from '../lifecycle/vocabulary';

/**
 * The minimal, non-personal projection of one case that statistics need: no ids, no
 * names, no addresses. The case model projects itself onto this; statistics never see
 * more.
 *
 * @example
 * ```ts
 * const record: CaseStatisticsRecord = {
 *   municipality: '2080' as MunicipalityCode,
 *   openedOn: '2025-01-10' as DateOnly,
 *   placedOn: '2025-01-12' as DateOnly,
 * };
 * ```
 */
export interface CaseStatisticsRecord {
  /** The municipality responsible for the case. */
  readonly municipality: MunicipalityCode;
  /** The county; derived from the municipality when absent. */
  readonly county?: CountyCode;
  /** The day the case was opened. */
  readonly openedOn: DateOnly;
  /** The first day in sheltered housing; absent when the household was never placed. */
  readonly placedOn?: DateOnly;
  /** The day the household left sheltered housing; absent while the stay is open. */
  readonly leftShelterOn?: DateOnly;
  /** The day the household moved into permanent housing. */
  readonly permanentOn?: DateOnly;
  /** The housing the household moved on to: its tenure and whether it is permanent. */
  readonly outcome?: { readonly tenure: string; readonly permanent: boolean };
  /** Why the case was closed; absent while it is open. */
  readonly closedReason?: CloseReason;
  /** The municipality the household moved to, when known. */
  readonly movedToMunicipality?: MunicipalityCode;
}

/**
 * How rows are grouped: by the responsible municipality, by its county, or not at all
 * (only the national row).
 *
 * @example
 * ```ts
 * const by: StatisticsGrouping = 'county';
 * ```
 */
export type StatisticsGrouping = 'municipality' | 'county' | 'none';
