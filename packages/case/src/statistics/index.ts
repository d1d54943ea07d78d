export type {
  CaseStatisticsRecord,
  StatisticsGrouping,
} from './CaseStatisticsRecord';
export type {
  CaseStatisticsTable,
  ExclusionReason,
  StatisticsCell,
  Suppression,
} from './CaseStatisticsTable';
export type { CaseStatisticsOptions } from './caseStatistics';
export { caseStatistics } from './caseStatistics';
export { cellLabel } from './cellLabel';
export { dayNumber } from './dayNumber';
export { exclusionReasons } from './exclusionReasons';
export { type StatisticsErrorCode, statisticsMessages } from './messages';
export { nearestRank } from './nearestRank';
export { publishedCells } from './publishedCells';
export type { DurationSummary } from './summarizeDurations';
export { summarizeDurations } from './summarizeDurations';
export { suppressionOf } from './suppressionOf';
export { type CellStatus, type SuppressedTable, suppressTable } from './suppressTable';
export { toStatisticsRecord } from './toStatisticsRecord';
