import { describe, expect, it } from 'vitest';
import { formatGrantTableReport } from './formatGrantTableReport';
import { grantTableReport } from './grantTableReport';
import { grantTableReportJson } from './grantTableReportJson';
import { parseGrantTable } from './parseGrantTable';

const text = [
  'mottagare;beviljade_medel_kr;oanvanda_medel_kr;andel_oforbrukade_procent',
  'Falu kommun*;700000;184363;26',
  'Norrälje kommun;697120;0;0',
  'Danderyds kommun;278640;18534;6',
].join('\n');
const report = grantTableReport(parseGrantTable(text)._unsafeUnwrap())._unsafeUnwrap();

describe('formatGrantTableReport', () => {
  it('csv: the computed and published shares, whether they match, and a Summa row that parses back', () => {
    const csv = formatGrantTableReport(report, 'csv', 'en');
    expect(csv.split('\n')).toEqual([
      'mottagare;kommunkod;beviljade_medel_kr;oanvanda_medel_kr;andel_oforbrukade_procent;publicerad_andel_procent;stammer_med_publicerad',
      'Falu kommun*;2080;700000;184363;26;26;ja',
      'Norrälje kommun;0188;697120;0;0;0;ja',
      'Danderyds kommun;0162;278640;18534;7;6;nej',
      'Summa;;1675760;202897;12;;',
      '',
    ]);
    const again = parseGrantTable(csv)._unsafeUnwrap();
    expect(again.publishedTotals?.granted).toBe(report.granted);
  });
  it('table: aligned columns, a probable code marked ?, a differing share marked ≠, and the counts', () => {
    const table = formatGrantTableReport(report, 'table', 'sv').split('\n');
    expect(table[0]).toMatch(
      /^Mottagare\s+Kod\s+Beviljat \(kr\)\s+Oanvänt \(kr\)\s+Oanvänt %\s+Publicerat %$/,
    );
    expect(table[2]).toContain('0188?');
    expect(table[3]).toContain('7 ≠');
    expect(table[4]).toMatch(/^Summa\s+1\u00a0675\u00a0760\s+202\u00a0897\s+12$/);
    expect(table.at(-2)).toBe(
      'Mottagare: 3. Använde inget: 0. Lämnade en del oanvänt: 2. Använde allt: 1. Avviker från publicerad andel: 1.',
    );
  });
  it('md: a Markdown table with a bold total row', () => {
    const md = formatGrantTableReport(report, 'md', 'en').split('\n');
    expect(md[0]).toBe(
      '| Recipient | Code | Granted (SEK) | Unused (SEK) | Unused % | Published % |',
    );
    expect(md[1]).toBe('|---|---|---:|---:|---:|---:|');
    expect(md[5]).toBe('| **Total** |  | **1\u00a0675\u00a0760** | **202\u00a0897** | **12** |  |');
  });
});

describe('grantTableReportJson', () => {
  it('gives amounts in whole kronor as in the source', () => {
    const json = grantTableReportJson(report);
    expect([json.granted, json.unused, json.unusedPercent, json.recipients]).toEqual([
      1675760, 202897, 12, 3,
    ]);
    expect(json.rows[0]).toEqual({
      row: 2,
      recipient: 'Falu kommun*',
      municipalityCode: '2080',
      municipalityMatch: 'exact',
      granted: 700000,
      unused: 184363,
      unusedPercent: 26,
      publishedPercent: 26,
      matchesPublished: true,
    });
  });
});
