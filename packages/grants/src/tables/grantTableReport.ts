import {
  createErrorFactory,
  err,
  type Money,
  type MunicipalityCode,
  ok,
  type Result,
  type StadigError,
} from '@stadig/core';
import { roundedPercent } from '../percent/roundedPercent';
import type { GrantTable } from './GrantTable';
import { tableMessages } from './messages';

const tableError = createErrorFactory(tableMessages);

/**
 * One recipient of a {@link GrantTableReport}: the computed share of unused funds
 * next to the published one.
 *
 * @example
 * ```ts
 * const row: GrantTableReportRow = report.rows[0];
 * ```
 */
export interface GrantTableReportRow {
  readonly row: number;
  readonly recipient: string;
  readonly municipalityCode: MunicipalityCode | null;
  readonly municipalityMatch: 'exact' | 'probable' | 'unknown';
  readonly granted: Money;
  readonly unused: Money;
  /** Computed: unused ÷ granted, whole percent, nearest with halves up; `null` when nothing was granted. */
  readonly unusedPercent: number | null;
  readonly publishedPercent: number | null;
  /** Whether the published share equals the computed one; `null` when none is published. */
  readonly matchesPublished: boolean | null;
}

/**
 * The report computed from a table's rows (never copied from a summary): totals,
 * shares, how many recipients used nothing and how many left part unused, each row
 * with its computed share, and the published totals checked against the sums.
 *
 * @example
 * ```ts
 * const report: GrantTableReport = grantTableReport(table)._unsafeUnwrap();
 * report.unusedPercent;
 * //=> 15
 * ```
 */
export interface GrantTableReport {
  readonly recipients: number;
  readonly granted: Money;
  readonly unused: Money;
  readonly used: Money;
  readonly unusedPercent: number | null;
  readonly usedPercent: number | null;
  /** Recipients that used nothing (unused = granted > 0). */
  readonly usedNothing: number;
  /** Recipients that left part unused (0 < unused < granted). */
  readonly partlyUnused: number;
  /** Recipients that used everything (unused = 0 < granted). */
  readonly fullyUsed: number;
  /** Rows whose published share differs from the computed one. */
  readonly mismatches: number;
  readonly rows: readonly GrantTableReportRow[];
  /** The totals row as published, and whether each figure equals the computed one. */
  readonly publishedTotals: {
    readonly granted: Money;
    readonly unused: Money;
    readonly publishedPercent: number | null;
    readonly matches: {
      readonly granted: boolean;
      readonly unused: boolean;
      readonly percent: boolean | null;
    };
  } | null;
}

/**
 * Computes the report of a grant table from its rows: per recipient the unused share
 * rounded as published (nearest whole percent, halves up: the rule that reproduces
 * all 54 rows of Bilaga 1) and whether the published figure matches; the totals
 * (granted, unused, the shares) as sums of the rows; the counts of recipients that
 * used nothing, part or all. Exact; never throws.
 *
 * @param table - a parsed table (`parseGrantTable`)
 * @returns the report, or `grants.table.total-too-large`
 *
 * @example
 * ```ts
 * grantTableReport(parseGrantTable(bilaga1Text)._unsafeUnwrap())._unsafeUnwrap().granted;
 * //=> 2111779500
 * ```
 */
export function grantTableReport(table: GrantTable): Result<GrantTableReport, StadigError> {
  const rows = table.rows.map((r): GrantTableReportRow => {
    const unusedPercent = roundedPercent(r.unused, r.granted);
    const matchesPublished =
      r.publishedPercent === null ? null : r.publishedPercent === unusedPercent;
    return { ...r, unusedPercent, matchesPublished };
  });
  const granted = table.rows.reduce((sum, r) => sum + BigInt(r.granted), 0n);
  const unused = table.rows.reduce((sum, r) => sum + BigInt(r.unused), 0n);
  if (granted > BigInt(Number.MAX_SAFE_INTEGER))
    return err(tableError('grants.table.total-too-large', {}, ['rows']));
  const [g, u] = [Number(granted), Number(unused)];
  const totals = table.publishedTotals;
  const unusedPercent = roundedPercent(u, g);
  return ok({
    recipients: rows.length,
    granted: g as Money,
    unused: u as Money,
    used: (g - u) as Money,
    unusedPercent,
    usedPercent: roundedPercent(g - u, g),
    usedNothing: rows.filter((r) => r.granted > 0 && r.unused === r.granted).length,
    partlyUnused: rows.filter((r) => r.unused > 0 && r.unused < r.granted).length,
    fullyUsed: rows.filter((r) => r.granted > 0 && r.unused === 0).length,
    mismatches: rows.filter((r) => r.matchesPublished === false).length,
    rows,
    publishedTotals:
      totals === null
        ? null
        : {
            granted: totals.granted,
            unused: totals.unused,
            publishedPercent: totals.publishedPercent,
            matches: {
              granted: totals.granted === g,
              unused: totals.unused === u,
              percent:
                totals.publishedPercent === null ? null : totals.publishedPercent === unusedPercent,
            },
          },
  });
}
