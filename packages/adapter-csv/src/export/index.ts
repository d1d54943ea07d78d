export { encodeCsv } from './encodeCsv';
export { type ExportCasesOptions, exportCases } from './exportCases';
export { exportGrantReport } from './exportGrantReport';
export { exportStatistics } from './exportStatistics';
export { flattenCase } from './flattenCase';
export { formatCell } from './formatCell';
export { formatCsv } from './formatCsv';
export { type LegalGround, legalGrounds } from './legalGrounds';
