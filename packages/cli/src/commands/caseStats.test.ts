import { exampleCaseInput } from '@stadig/case/testing';
import { parseDateOnly } from '@stadig/core';
import { describe, expect, it } from 'vitest';
import { runInMemory } from '../testIo';
import { type CaseStatsJson, caseStatsCommand } from './caseStats';
import { syntheticCaseInputs } from './generateCases';

const asOf = parseDateOnly('2026-01-01')._unsafeUnwrap();
const many = syntheticCaseInputs({ seed: 11, count: 300, asOf });

const stats = async (
  args: string[],
  files: Record<string, unknown> = {},
  lang: 'sv' | 'en' = 'en',
) => {
  const r = await runInMemory(caseStatsCommand, args, { files, lang });
  return { ...r, json: () => JSON.parse(r.stdout) as CaseStatsJson };
};

describe('stadig case stats', () => {
  it('prints a table of the published cells, suppressed ones as – with the reason in a footnote', async () => {
    const r = await stats(['c.json'], { 'c.json': many });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Case statistics as of 2026-01-01 (--by municipality, threshold 5)');
    expect(r.stdout).toMatch(/National\s+Number of cases\s+300\n/);
    expect(r.stdout).toMatch(/– \(1\)/);
    expect(r.stdout).toMatch(/\n\(1\) .+/);
    expect(r.stdout).not.toContain('Testperson');
    expect(r.stderr).toBe('');
  });

  it('--json prints asOf, by, threshold, the published cells and excluded counts', async () => {
    const r = await stats(['--json', '--by', 'county', '--threshold', '3', 'c.json'], {
      'c.json': many,
    });
    expect(r.code).toBe(0);
    const json = r.json();
    expect([json.asOf, json.by, json.threshold]).toEqual(['2026-01-01', 'county', 3]);
    expect(json.excluded).toEqual([]);
    const national = json.cells.filter((c) => c.group === 'national');
    expect(national.find((c) => c.id === 'cases')?.value).toBe(300);
    expect(json.cells.some((c) => /^\d{2}$/.test(c.group))).toBe(true);
    for (const cell of json.cells.filter((c) => c.suppressed !== null))
      expect(cell.value).toBeNull();
    expect(r.stdout).not.toContain('Testperson');
  });

  it('--by none gives only the national row; one case suppresses its small counts', async () => {
    const r = await stats(['--json', '--by', 'none', 'c.json'], { 'c.json': exampleCaseInput() });
    expect(r.code).toBe(0);
    const cells = r.json().cells;
    expect(cells.every((c) => c.group === 'national')).toBe(true);
    expect(cells.find((c) => c.id === 'cases')?.suppressed?.reason).toBe('small-count');
    const sv = await stats(['--by', 'none', 'c.json'], { 'c.json': exampleCaseInput() }, 'sv');
    expect(sv.stdout).toContain('Riket');
  });

  it('exits 1 with every problem listed by case and path, no statistics and no personal values', async () => {
    const bad = {
      ...exampleCaseInput(),
      municipality: 'Lönngatan 7',
      household: {
        survivor: { name: 'Alva Hemligsdotter', identityNumber: '19850314-9801' },
        children: [{ name: 'Alva Hemligsdotter' }],
      },
      notes: [''],
    };
    const r = await stats(['c.json'], { 'c.json': [exampleCaseInput(), bad] });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /stadig case stats: \d+ problems in the input; no statistics computed/,
    );
    for (const path of [
      '[1] municipality: ',
      '[1] household.children[0].birthDate: ',
      '[1] notes[0]: ',
    ])
      expect(r.stderr).toContain(path);
    for (const secret of ['Lönngatan', 'Hemligsdotter', '19850314-9801'])
      expect(r.stderr).not.toContain(secret);
    const notJson = await stats(['c.json'], { 'c.json': '[{"name":"Alva Hemligsdotter"' });
    expect([notJson.code, notJson.stderr]).toEqual([
      1,
      'stadig case stats: The input is not valid JSON.\n',
    ]);
  });

  it('exits 2 for usage errors: no file, a bad --by, --threshold or --as-of, an unknown flag', async () => {
    for (const args of [
      [],
      ['a.json', 'b.json'],
      ['--by', 'region', 'a.json'],
      ['--threshold', '0', 'a.json'],
      ['--threshold', '2.5', 'a.json'],
      ['--threshold', 'five', 'a.json'],
      ['--as-of', '2025-02-30', 'a.json'],
      ['--frob', 'a.json'],
    ]) {
      const r = await stats(args, { 'a.json': many });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('stadig --help');
      expect(r.stdout).toBe('');
    }
  });

  it('has help with flags, exit codes and examples in both languages', () => {
    expect(caseStatsCommand.words).toEqual(['case', 'stats']);
    expect(caseStatsCommand.help.en).toContain('--threshold N');
    expect(caseStatsCommand.help.en).toContain('Exit codes');
    expect(caseStatsCommand.help.sv).toContain('Slutkoder');
    expect(caseStatsCommand.help.sv).toContain('stadig case stats arenden.json');
  });
});
