export { assessUsage, type UsageAssessment } from './assessUsage';
export { usageMessages } from './messages';
export { parseUsageReport } from './parseUsageReport';
export type { Clawback, UsageLine, UsageReport } from './UsageReport';
export {
  type UnusedReason,
  type UsageStatus,
  unusedReasons,
  usageStatuses,
} from './unusedReasons';
export { type UsageReportInput, usageReportInputSchema } from './usageReportInputSchema';
