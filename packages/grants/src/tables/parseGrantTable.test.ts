import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbGrantTableText } from '../testing/arbGrantTableText';
import { grantTableReport } from './grantTableReport';
import { parseGrantTable } from './parseGrantTable';

const header = 'mottagare;beviljade_medel_kr;oanvanda_medel_kr;andel_oforbrukade_procent';

describe('parseGrantTable', () => {
  it('reads the printed appendix headers and comma-separated text with grouped, quoted amounts', () => {
    const text =
      'Mottagare,Beviljade medel (kr),Oanvända medel (kr),Andel oförbrukade medel (%)\r\n"Stockholms stad","1 612 600","401 600 kr",25 %\r\n';
    const table = parseGrantTable(text)._unsafeUnwrap();
    expect(table.separator).toBe(',');
    expect(table.rows).toEqual([
      {
        row: 2,
        recipient: 'Stockholms stad',
        municipalityCode: '0180',
        municipalityMatch: 'exact',
        granted: 161_260_000,
        unused: 40_160_000,
        publishedPercent: 25,
      },
    ]);
  });
  it('the share column is optional', () => {
    const table = parseGrantTable(
      'mottagare;beviljade_medel_kr;oanvanda_medel_kr\nSala kommun;273750;0',
    )._unsafeUnwrap();
    expect(table.rows[0]?.publishedPercent).toBeNull();
  });
  it('rejects every broken row with its row number and column, and keeps the others', () => {
    const text = [
      header,
      'Bollnäs kommun;94500;0;0',
      'Borås Stad;287454,50;0;0',
      ';323510;400000;abc',
      'Dals-Eds kommun;38340',
      'Danderyds kommun;278640;18534;7;extra',
    ].join('\n');
    const table = parseGrantTable(text)._unsafeUnwrap();
    expect([table.read, table.parsed, table.rejected.length]).toEqual([5, 1, 4]);
    expect(
      table.rejected.map((r) => [r.row, r.errors.map((e) => `${e.code}@${e.path.join('.')}`)]),
    ).toEqual([
      [3, ['grants.table.not-whole-kronor@rows.3.beviljade_medel_kr']],
      [
        4,
        [
          'grants.table.missing-value@rows.4.mottagare',
          'grants.table.invalid-percent@rows.4.andel_oforbrukade_procent',
          'grants.table.unused-exceeds-granted@rows.4.oanvanda_medel_kr',
        ],
      ],
      [5, ['grants.table.missing-value@rows.5.oanvanda_medel_kr']],
      [6, ['grants.table.too-many-fields@rows.6']],
    ]);
  });
  it('an empty text or a missing column is an error for the whole table', () => {
    expect(parseGrantTable('')._unsafeUnwrapErr()[0].code).toBe('grants.table.empty');
    const errors = parseGrantTable('mottagare;belopp\nSala kommun;1')._unsafeUnwrapErr();
    expect(errors.map((e) => e.params.column)).toEqual(['beviljade_medel_kr', 'oanvanda_medel_kr']);
  });
});

describe('properties', () => {
  it('parsing never throws on arbitrary text, and every row read is parsed or rejected', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const result = parseGrantTable(s);
        if (result.isOk())
          expect(result.value.read).toBe(result.value.parsed + result.value.rejected.length);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { maxLength: 6 }), { maxLength: 8 }),
        fc.constantFrom(';', ','),
        (rows, sep) => {
          const text = [header.replaceAll(';', sep), ...rows.map((r) => r.join(sep))].join('\n');
          const table = parseGrantTable(text)._unsafeUnwrap();
          expect(table.read).toBe(table.parsed + table.rejected.length);
        },
      ),
    );
    fc.assert(fc.property(fc.anything(), (x) => void parseGrantTable(x as string)));
  });
  it('report totals equal the sum of rows', () => {
    fc.assert(
      fc.property(arbGrantTableText(), (sample) => {
        const table = parseGrantTable(sample.text)._unsafeUnwrap();
        expect([table.separator, table.rows.length, table.rejected.length]).toEqual([
          sample.separator,
          sample.rows,
          0,
        ]);
        const report = grantTableReport(table)._unsafeUnwrap();
        expect([report.granted, report.unused]).toEqual([
          sample.granted * 100,
          sample.unused * 100,
        ]);
        expect(report.usedNothing + report.partlyUnused + report.fullyUsed).toBe(report.recipients);
        expect(report.mismatches).toBe(0);
      }),
    );
  });
});
