export { formatGrantTableReport, type GrantTableFormat } from './formatGrantTableReport';
export type { GrantTable, GrantTableRow, RejectedRow } from './GrantTable';
export type { GrantYearSummary } from './GrantYearSummary';
export {
  type GrantChartDatum,
  type GrantChartSpec,
  grantReportChartSpec,
} from './grantReportChartSpec';
export {
  type GrantTableReport,
  type GrantTableReportRow,
  grantTableReport,
} from './grantTableReport';
export { type GrantTableReportJson, grantTableReportJson } from './grantTableReportJson';
export { grantYearSummaries } from './grantYearSummaries';
export { tableMessages } from './messages';
export { parseGrantTable } from './parseGrantTable';
export { type YearOnYearRow, yearOnYearTable } from './yearOnYearTable';
export { yearSummaryFromReport } from './yearSummaryFromReport';
