export { caseStoreSink } from './caseStoreSink';
export type { ImportedRecord, ImportSink } from './ImportSink';
export type { ImportSummary, RowProblem, RowRejection } from './ImportSummary';
export { type ImportCsvOptions, type ImportValues, importCsv } from './importCsv';
export { type ColumnAction, type ColumnPlan, planColumns } from './planColumns';
export { readRowFields } from './readRowFields';
