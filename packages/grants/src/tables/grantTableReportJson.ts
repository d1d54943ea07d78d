import type { GrantTableReport } from './grantTableReport';

/**
 * A {@link GrantTableReport} as JSON with amounts in whole kronor, as in the source
 * (what `stadig grants report --json` prints).
 *
 * @example
 * ```ts
 * const json: GrantTableReportJson = grantTableReportJson(report);
 * json.granted;
 * //=> 21117795
 * ```
 */
export interface GrantTableReportJson {
  readonly recipients: number;
  readonly granted: number;
  readonly unused: number;
  readonly used: number;
  readonly unusedPercent: number | null;
  readonly usedPercent: number | null;
  readonly usedNothing: number;
  readonly partlyUnused: number;
  readonly fullyUsed: number;
  readonly mismatches: number;
  readonly rows: readonly {
    readonly row: number;
    readonly recipient: string;
    readonly municipalityCode: string | null;
    readonly municipalityMatch: 'exact' | 'probable' | 'unknown';
    readonly granted: number;
    readonly unused: number;
    readonly unusedPercent: number | null;
    readonly publishedPercent: number | null;
    readonly matchesPublished: boolean | null;
  }[];
  readonly publishedTotals: {
    readonly granted: number;
    readonly unused: number;
    readonly publishedPercent: number | null;
    readonly matches: {
      readonly granted: boolean;
      readonly unused: boolean;
      readonly percent: boolean | null;
    };
  } | null;
}

/**
 * Converts a report to JSON with amounts in whole kronor (öre ÷ 100).
 *
 * @param report - the report
 * @returns the JSON value
 *
 * @example
 * ```ts
 * grantTableReportJson(report).rows[0];
 * //=> { row: 2, recipient: 'Bollnäs kommun', municipalityCode: '2183', municipalityMatch: 'exact', granted: 94500, unused: 0, unusedPercent: 0, publishedPercent: 0, matchesPublished: true }
 * ```
 */
export function grantTableReportJson(report: GrantTableReport): GrantTableReportJson {
  const kr = (ore: number) => ore / 100;
  const totals = report.publishedTotals;
  return {
    recipients: report.recipients,
    granted: kr(report.granted),
    unused: kr(report.unused),
    used: kr(report.used),
    unusedPercent: report.unusedPercent,
    usedPercent: report.usedPercent,
    usedNothing: report.usedNothing,
    partlyUnused: report.partlyUnused,
    fullyUsed: report.fullyUsed,
    mismatches: report.mismatches,
    rows: report.rows.map((r) => ({
      row: r.row,
      recipient: r.recipient,
      municipalityCode: r.municipalityCode,
      municipalityMatch: r.municipalityMatch,
      granted: kr(r.granted),
      unused: kr(r.unused),
      unusedPercent: r.unusedPercent,
      publishedPercent: r.publishedPercent,
      matchesPublished: r.matchesPublished,
    })),
    publishedTotals:
      totals === null
        ? null
        : { ...totals, granted: kr(totals.granted), unused: kr(totals.unused) },
  };
}
