import { exampleCaseInput } from '@stadig/case/testing';
import { describe, expect, it } from 'vitest';
import { memoryIo, runInMemory } from '../testIo';
import { type CaseValidateJsonRow, caseValidateCommand } from './caseValidate';

const secrets = [
  'Alva Hemligsdotter',
  'Hemligsdotter',
  '19850314-9801',
  'Lönngatan 7',
  'Gömstället',
];

/** An invalid case full of recognisable personal values. */
function badCase() {
  const input = exampleCaseInput() as Record<string, unknown> & ReturnType<typeof exampleCaseInput>;
  return {
    ...input,
    municipality: 'Lönngatan 7',
    household: {
      survivor: {
        name: 'Alva Hemligsdotter',
        identityNumber: '19850314-9801',
        birthDate: 'Gömstället',
      },
      children: [{ name: 'Alva Hemligsdotter' }],
    },
    notes: ['Alva Hemligsdotter bor på Lönngatan 7', ''],
    'Lönngatan 7': 'Gömstället',
  };
}

const validate = async (
  args: string[],
  files: Record<string, unknown> = {},
  options: { stdin?: string; lang?: 'sv' | 'en' } = {},
) => {
  const r = await runInMemory(caseValidateCommand, args, { files, ...options });
  return { ...r, rows: () => JSON.parse(r.stdout) as CaseValidateJsonRow[] };
};

describe('stadig case validate', () => {
  it('prints valid for one valid case and exits 0, without personal values', async () => {
    const r = await validate(['c.json'], { 'c.json': exampleCaseInput() });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('[0] valid\n');
    expect(r.stderr).toBe('stadig case validate: 1 of 1 cases valid\n');
    expect(r.stdout + r.stderr).not.toContain('Exempelsdotter');
  });

  it('--json prints { index, valid, problems } per case, problems with code, path and message', async () => {
    const r = await validate(['--json', 'all.json'], {
      'all.json': [exampleCaseInput(), { id: 'c-1' }],
    });
    expect(r.code).toBe(1);
    const rows = r.rows();
    expect(rows.map((row) => [row.index, row.valid])).toEqual([
      [0, true],
      [1, false],
    ]);
    expect(rows[0]?.problems).toEqual([]);
    expect(rows[1]?.problems.map((p) => p.path.join('.'))).toContain('household');
    expect(Object.keys(rows[1]?.problems[0] ?? {}).sort()).toEqual(['code', 'message', 'path']);
    expect(Object.keys(rows[1]?.problems[0]?.message ?? {}).sort()).toEqual(['en', 'sv']);
    expect(r.stderr).toBe('');
  });

  it('exits 1 and lists every problem by path, never a name, identity number, address or note', async () => {
    const r = await validate(['bad.json'], { 'bad.json': [exampleCaseInput(), badCase()] });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[0] valid');
    expect(r.stdout).toMatch(/\[1\] invalid: \d+ problems/);
    for (const path of [
      'municipality: ',
      'household.survivor.birthDate: ',
      'household.children[0].birthDate: ',
      'notes[1]: ',
    ])
      expect(r.stdout).toContain(path);
    expect(r.stderr).toContain('1 of 2 cases valid');
    const json = await validate(['bad.json', '--json'], { 'bad.json': badCase() });
    expect(json.code).toBe(1);
    for (const secret of secrets) {
      expect(r.stdout + r.stderr).not.toContain(secret);
      expect(json.stdout + json.stderr).not.toContain(secret);
    }
  });

  it('reads standard input with -, checks identity numbers on --as-of, and speaks Swedish', async () => {
    const input = exampleCaseInput();
    const r = await validate(
      ['-', '--as-of', '2025-06-01'],
      {},
      { stdin: JSON.stringify(input), lang: 'sv' },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('[0] giltigt\n');
    expect(r.stderr).toContain('1 av 1 ärenden giltiga');
  });

  it('exits 1 for text that is not JSON or not UTF-8, or a file that cannot be read, without echoing it', async () => {
    const notJson = await validate(['a.json'], { 'a.json': '{"name": "Alva Hemligsdotter"' });
    expect([notJson.code, notJson.stderr]).toEqual([
      1,
      'stadig case validate: The input is not valid JSON.\n',
    ]);
    const { io, out } = memoryIo({ files: { 'b.json': new Uint8Array([0x7b, 0xff, 0x7d]) } });
    expect(await caseValidateCommand.run(['b.json'], { io, lang: 'en' })).toBe(1);
    expect(out.stderr).toContain('not valid UTF-8');
    const missing = await validate(['missing.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('missing.json');
  });

  it('exits 2 for usage errors: no file, two files, a bad date, an unknown flag', async () => {
    for (const args of [
      [],
      ['a.json', 'b.json'],
      ['--as-of', '2025-02-30', 'a.json'],
      ['--frob', 'a.json'],
    ]) {
      const r = await validate(args, {
        'a.json': exampleCaseInput(),
        'b.json': exampleCaseInput(),
      });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('stadig --help');
      expect(r.stdout).toBe('');
    }
  });

  it('has help with flags, exit codes and examples in both languages', () => {
    expect(caseValidateCommand.words).toEqual(['case', 'validate']);
    expect(caseValidateCommand.help.en).toContain(
      'stadig case validate --as-of 2026-01-01 --json cases.json',
    );
    expect(caseValidateCommand.help.en).toContain('Exit codes');
    expect(caseValidateCommand.help.sv).toContain('Slutkoder');
    expect(caseValidateCommand.help.sv).toContain('Exempel');
  });
});
