import { formatMoney, type Money } from '@stadig/core';
import {
  formatGrantTableReport,
  grantTableReport,
  grantYearSummaries,
  parseGrantTable,
  yearOnYearTable,
} from '@stadig/grants';

/**
 * The 2023 grant report computed from the rows of the published appendix (seed 004,
 * Bilaga 1), and the year-on-year table (seed 004, table 2) with computed shares
 * beside the published ones.
 */
export function renderGrantReport2023(csv: string): string {
  const report = parseGrantTable(csv).andThen(grantTableReport);
  if (report.isErr()) {
    const problems = Array.isArray(report.error) ? report.error : [report.error];
    return `  The grant table could not be read: ${problems.map((e) => e.message.en).join('; ')}\n`;
  }
  const table = formatGrantTableReport(report.value, 'table', 'en')
    .trimEnd()
    .split('\n')
    .map((line) => `  ${line}`);
  const kr = (m: Money) => formatMoney(m, { decimals: 0 });
  const years = yearOnYearTable(Object.values(grantYearSummaries)).map((y) =>
    [
      `    ${y.year}`,
      `available ${kr(y.available)}`,
      `granted ${kr(y.granted)} to ${y.recipients}`,
      `unused ${kr(y.unused)} (${y.unusedPercent ?? '–'} %, published ${y.publishedUnusedPercent ?? '–'} %)`,
      `approval ${y.approvalPercent ?? '–'} % (published ${y.publishedApprovalPercent ?? '–'} %)`,
    ].join(', '),
  );
  return `${[...table, '', '  Year on year (seed 004, table 2), shares computed from the amounts', ...years].join('\n')}\n`;
}
