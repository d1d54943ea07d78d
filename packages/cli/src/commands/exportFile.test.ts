import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleCaseInput } from '@stadig/case/testing';
import { describe, expect, it } from 'vitest';
import { runInMemory } from '../testIo';
import { exportFileCommand } from './exportFile';
import { importFileCommand } from './importFile';

const cases = [exampleCaseInput(), { ...exampleCaseInput(), id: 'case-0002' }];

describe('stadig export', () => {
  it('writes a case list in the Swedish Excel dialect without protected values by default', async () => {
    const r = await runInMemory(exportFileCommand, ['cases', 'c.json', '--as-of', '2026-01-01'], {
      files: { 'c.json': cases },
    });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFid;municipality;')).toBe(true);
    for (const secret of ['Exempelsdotter', 'Storgatan']) expect(r.stdout).not.toContain(secret);
    // It says what was left out, and that the file will not import back as cases.
    expect(r.stderr).toContain('left out without --legal-ground');
    expect(r.stderr).toContain('cannot be imported as cases again');
  });

  it('writes protected values with a legal ground, and the file imports back', async () => {
    const r = await runInMemory(
      exportFileCommand,
      [
        'cases',
        'c.json',
        '--dialect',
        'rfc4180',
        '--legal-ground',
        'same-authority',
        '--reference',
        'dnr 1',
        '--as-of',
        '2026-01-01',
      ],
      { files: { 'c.json': cases } },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Lilla Exempelsdotter');
    const back = await runInMemory(importFileCommand, ['cases', 'l.csv', '--as-of', '2026-01-01'], {
      files: { 'l.csv': r.stdout },
    });
    expect(back.stdout).toContain('2 read, 2 imported, 0 rejected');
  });

  it('prints one JSON document with --json, the CSV in it and still no protected value', async () => {
    const r = await runInMemory(
      exportFileCommand,
      ['cases', 'c.json', '--as-of', '2026-01-01', '--json'],
      { files: { 'c.json': cases } },
    );
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ what: 'cases', dialect: 'excel-sv', partial: false });
    expect(doc.csv.startsWith('\uFEFFid;municipality;')).toBe(true);
    for (const secret of ['Exempelsdotter', 'Storgatan']) expect(r.stdout).not.toContain(secret);
  });

  it('writes statistics with suppressed cells left empty', async () => {
    const r = await runInMemory(
      exportFileCommand,
      ['statistics', 'c.json', '--by', 'none', '--as-of', '2026-01-01'],
      {
        files: { 'c.json': cases },
        lang: 'en',
      },
    );
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('\uFEFFgroup;id;label;unit;value;suppressed');
    expect(lines.find((l) => l.startsWith('national;cases;'))).toMatch(/;;small-count$/);
  });

  it('writes a grant report to a file', async () => {
    const table = readFileSync(
      join(import.meta.dirname, '../../../../data/statsbidrag-2023-bilaga1.csv'),
    );
    const r = await runInMemory(exportFileCommand, ['grant-report', 't.csv', '--out', 'r.csv'], {
      files: { 't.csv': new Uint8Array(table) },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('refuses a legal ground without a reference, an unknown dialect or what', async () => {
    for (const args of [
      ['cases', 'c.json', '--legal-ground', 'same-authority'],
      ['cases', 'c.json', '--legal-ground', 'because', '--reference', 'x'],
      ['cases', 'c.json', '--dialect', 'excel'],
      ['everything', 'c.json'],
    ]) {
      expect(
        (await runInMemory(exportFileCommand, args, { files: { 'c.json': cases } })).code,
      ).toBe(2);
    }
  });
});
