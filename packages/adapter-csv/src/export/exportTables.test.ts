import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseStatistics } from '@stadig/case';
import { arbCaseStatisticsRecord } from '@stadig/case/testing';
import type { DateOnly } from '@stadig/core';
import { grantTableReport, parseGrantTable } from '@stadig/grants';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namedDialects } from '../dialect/Dialect';
import { exportGrantReport } from './exportGrantReport';
import { exportStatistics } from './exportStatistics';

const asOf = '2026-01-01' as DateOnly;

describe('exportGrantReport', () => {
  it('writes the 2023 grant table recomputed from its rows, with a totals row', () => {
    const text = readFileSync(
      join(import.meta.dirname, '../../../../data/statsbidrag-2023-bilaga1.csv'),
      'utf8',
    );
    const report = grantTableReport(parseGrantTable(text)._unsafeUnwrap())._unsafeUnwrap();
    const csv = exportGrantReport(report);
    const rows = parse(csv.slice(1), { delimiter: ';' }) as string[][];
    expect(rows[0]?.[4]).toBe('beviljat_kr');
    expect(rows).toHaveLength(report.rows.length + 2);
    expect(rows.at(-1)?.[1]).toBe('Totalt');
    expect(rows.at(-1)?.[4]).toBe(
      `${Math.floor(report.granted / 100)},${String(report.granted % 100).padStart(2, '0')}`,
    );
  });
});

describe('exportStatistics', () => {
  it('writes a cell per row with its unit, in English on request', () => {
    const table = caseStatistics([], { asOf, by: 'none' })._unsafeUnwrap();
    const rows = parse(
      exportStatistics(table, { lang: 'en', dialect: namedDialects.rfc4180 }),
    ) as string[][];
    expect(rows[0]).toEqual(['group', 'id', 'label', 'unit', 'value', 'suppressed']);
    expect(rows.find((r) => r[1] === 'cases')?.slice(3, 5)).toEqual(['cases', '0']);
  });
});

describe('properties', () => {
  it('a suppressed cell stays suppressed: its value is empty and its reason written', () => {
    fc.assert(
      fc.property(
        fc.array(arbCaseStatisticsRecord({ asOf }), { maxLength: 40 }),
        fc.constantFrom('municipality', 'county', 'none' as const),
        (records, by) => {
          const table = caseStatistics(records, { asOf, by })._unsafeUnwrap();
          const rows = parse(exportStatistics(table).slice(1), { delimiter: ';' }) as string[][];
          const cells = [...table.groups.flatMap((g) => g.cells), ...table.national];
          expect(rows.length - 1).toBe(cells.length);
          cells.forEach((cell, i) => {
            const row = rows[i + 1] ?? [];
            if (cell.suppressed !== null)
              expect([row[4], row[5]]).toEqual(['', cell.suppressed.reason]);
            else expect(row[4]).not.toBe('');
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});
