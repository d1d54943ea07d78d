import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { grantTableReport } from './grantTableReport';
import { parseGrantTable } from './parseGrantTable';

const text = readFileSync(
  new URL('../../../../data/statsbidrag-2023-bilaga1.csv', import.meta.url),
  'utf8',
);
const table = parseGrantTable(text)._unsafeUnwrap();
const report = grantTableReport(table)._unsafeUnwrap();
/** Each row as published (seed 004, Bilaga 1, lines 544–604): recipient, granted, unused, share. */
const published = text
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(';'));

describe('grantTableReport on Bilaga 1 of seed 004 (lines 542–609)', () => {
  it('reads all 54 recipients, none rejected', () => {
    expect([table.read, table.parsed, table.rejected.length, report.recipients]).toEqual([
      54, 54, 0, 54,
    ]);
  });
  it.each(
    published,
  )('%s: the published share equals the computed one, rounded to the nearest percent', (name, granted, unused, percent) => {
    const row = report.rows.find((r) => r.recipient === name);
    expect(row?.granted).toBe(Number(granted) * 100);
    expect(row?.unused).toBe(Number(unused) * 100);
    expect(row?.unusedPercent).toBe(Number(percent));
    expect(row?.matchesPublished).toBe(true);
  });
  it('no row differs from its published share; floor would miss 7 rows and ceiling 3', () => {
    expect(report.mismatches).toBe(0);
    const exact = published.map(([, g, u]) => (100 * Number(u)) / Number(g));
    expect(
      published.filter(([, , , p], i) => Math.floor(exact[i] ?? 0) !== Number(p)),
    ).toHaveLength(7);
    expect(published.filter(([, , , p], i) => Math.ceil(exact[i] ?? 0) !== Number(p))).toHaveLength(
      3,
    );
  });
  it('the totals are the sums of the rows and equal the Summa row: 21 117 795 kr granted, 3 119 562 kr unused, 15 % (line 605)', () => {
    expect(report.granted).toBe(published.reduce((s, [, g]) => s + Number(g), 0) * 100);
    expect(report.unused).toBe(published.reduce((s, [, , u]) => s + Number(u), 0) * 100);
    expect([report.granted, report.unused, report.unusedPercent]).toEqual([
      2_111_779_500, 311_956_200, 15,
    ]);
  });
  it('about 85 % was used (seed 004, Sammanfattning line 90 and line 245; line 516 says 75 %)', () => {
    expect(report.usedPercent).toBe(85);
  });
  it('five recipients used nothing and ten left part unused (the prose on line 245 says nine)', () => {
    expect(report.usedNothing).toBe(5);
    expect(report.partlyUnused).toBe(10);
    expect(report.fullyUsed).toBe(39);
    expect(report.rows.filter((r) => r.unused === r.granted).map((r) => r.recipient)).toEqual([
      'Göteborgs stad',
      'Hagfors kommun',
      'Halmstads kommun',
      'Karlshamns kommun',
      'Åstorps kommun',
    ]);
  });
  it('resolves the recipients to SCB codes; the misspelt "Norrälje kommun" only probably (0188)', () => {
    expect(report.rows.find((r) => r.recipient === 'Falu kommun*')?.municipalityCode).toBe('2080');
    const norrtalje = report.rows.find((r) => r.recipient === 'Norrälje kommun');
    expect([norrtalje?.municipalityCode, norrtalje?.municipalityMatch]).toEqual([
      '0188',
      'probable',
    ]);
    expect(report.rows.filter((r) => r.municipalityMatch !== 'exact')).toHaveLength(1);
  });
  it('checks a published Summa row against the computed totals, and flags a differing share', () => {
    const withSumma = `${text}Summa;21117795;3119562;15\n`;
    const summed = grantTableReport(parseGrantTable(withSumma)._unsafeUnwrap())._unsafeUnwrap();
    expect(summed.recipients).toBe(54);
    expect(summed.publishedTotals?.matches).toEqual({ granted: true, unused: true, percent: true });
    const wrong = text.replace(
      'Danderyds kommun;278640;18534;7',
      'Danderyds kommun;278640;18534;6',
    );
    const flagged = grantTableReport(parseGrantTable(wrong)._unsafeUnwrap())._unsafeUnwrap();
    expect(flagged.mismatches).toBe(1);
    expect(flagged.rows.find((r) => r.matchesPublished === false)?.unusedPercent).toBe(7);
  });
});
