import { readFileSync } from 'node:fs';
import type { Money } from '@stadig/core';
import { describe, expect, it } from 'vitest';
import { grantTableReport } from './grantTableReport';
import { grantYearSummaries } from './grantYearSummaries';
import { parseGrantTable } from './parseGrantTable';
import { yearOnYearTable } from './yearOnYearTable';
import { yearSummaryFromReport } from './yearSummaryFromReport';

describe('yearOnYearTable: table 2 of seed 004 (lines 234–241)', () => {
  const [y2022, y2023] = yearOnYearTable([grantYearSummaries[2023], grantYearSummaries[2022]]);
  it('2022: granted 1 761 018 kr, unused 55 718 kr, computed 3 % as published', () => {
    expect([y2022?.year, y2022?.granted, y2022?.unused, y2022?.unusedPercent]).toEqual([
      2022, 176_101_800, 5_571_800, 3,
    ]);
    expect(y2022?.unusedPercentMatches).toBe(true);
    expect(y2022?.grantedChange).toBeNull();
  });
  it('2022: the approval rate of 59 % is published, the count of applications is not (line 184)', () => {
    expect([y2022?.approvalPercent, y2022?.publishedApprovalPercent]).toEqual([null, 59]);
  });
  it('2023: granted 21 117 795 kr, unused 3 119 562 kr, 15 %; approval 54 of 72 = 75 % (lines 90, 224)', () => {
    expect([
      y2023?.granted,
      y2023?.unused,
      y2023?.unusedPercent,
      y2023?.unusedPercentMatches,
    ]).toEqual([2_111_779_500, 311_956_200, 15, true]);
    expect(y2023?.approvalPercent).toBe(75);
    expect(y2023?.grantedChange).toBe(2_111_779_500 - 176_101_800);
  });
  it('the 2023 row computed from the rows of Bilaga 1 equals the published one', () => {
    const text = readFileSync(
      new URL('../../../../data/statsbidrag-2023-bilaga1.csv', import.meta.url),
      'utf8',
    );
    const report = grantTableReport(parseGrantTable(text)._unsafeUnwrap())._unsafeUnwrap();
    const fromRows = yearSummaryFromReport(report, {
      year: 2023,
      available: 2_750_000_000 as Money,
      applications: 72,
      sources: [],
    });
    const [computed] = yearOnYearTable([fromRows]);
    expect([
      computed?.granted,
      computed?.unused,
      computed?.recipients,
      computed?.unusedPercent,
    ]).toEqual([y2023?.granted, y2023?.unused, y2023?.recipients, y2023?.unusedPercent]);
  });
});
