import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo, runInMemory } from '../testIo';
import { type CheckJsonRow, checkCommand } from './check';

const lease = {
  tenure: 'first-hand-lease',
  municipality: '2062',
  contract: { start: '2024-03-01' },
  address: 'Lindgatan 4',
};
const sublease = {
  tenure: 'sublease',
  municipality: '2062',
  contract: { start: '2024-03-01', end: '2025-02-27' },
};
const social = {
  tenure: 'social-contract',
  municipality: '2062',
  contract: { start: '2025-01-01', takeover: { afterMonths: 12 } },
};

const check = async (
  args: string[],
  files: Record<string, unknown> = {},
  options: { stdin?: string; lang?: 'sv' | 'en' } = {},
) => {
  const r = await runInMemory(checkCommand, args, { files, ...options });
  return { ...r, rows: () => JSON.parse(r.stdout) as CheckJsonRow[] };
};

describe('stadig check', () => {
  it('prints a verdict with its reasons for one solution, never its address', async () => {
    const r = await check(['a.json'], { 'a.json': lease });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[0] permanent — national 1.0.0, as of 2026-01-01');
    expect(r.stdout).toContain(
      '✓ national.first-hand-lease: A first-hand lease until further notice is permanent housing.',
    );
    expect(r.stdout).not.toContain('Lindgatan');
  });

  it('--json prints one object per input with verdict, reasons (with rule) and ruleSet, as of today', async () => {
    const r = await check(['--json', 'all.json'], { 'all.json': [lease, sublease, social] });
    expect(r.code).toBe(0);
    const rows = r.rows();
    expect(rows.map((row) => [row.index, row.verdict, row.ruleSet, row.asOf])).toEqual([
      [0, 'permanent', { id: 'national', version: '1.0.0' }, '2026-01-01'],
      [1, 'not-permanent', { id: 'national', version: '1.0.0' }, '2026-01-01'],
      [2, 'needs-assessment', { id: 'national', version: '1.0.0' }, '2026-01-01'],
    ]);
    expect(rows[1]?.reasons.map((reason) => reason.rule)).toEqual(['national.one-year-term']);
    expect(rows[2]?.verdict === 'needs-assessment' && rows[2].missing[0].fact).toBe(
      'contract.takeover.conditions',
    );
    expect(r.stdout).not.toContain('Lindgatan');
  });

  it('reads standard input with -, applies --rules strict and --as-of, and speaks Swedish with --lang sv', async () => {
    const r = await check(
      ['-', '--rules', 'strict', '--as-of', '2025-06-01', '--lang', 'sv'],
      {},
      { stdin: JSON.stringify(social) },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[0] stadigvarande — strict 1.0.0, per 2025-06-01');
    expect(r.stdout).toContain(
      'strict.social-contract-takeover: Hyresgästen får ta över kontraktet inom 12 månader.',
    );
  });

  it('before the national rules took effect (2021-06-03) no rule decides', async () => {
    const r = await check(['--as-of', '2021-01-01', '--json', 'a.json'], { 'a.json': lease });
    expect(r.rows()[0]?.reasons.map((reason) => reason.rule)).toEqual(['no-rule-decides']);
  });

  it('takes { solution, household } items for the extended rules', async () => {
    const household = {
      composition: { adults: [{}], children: [] },
      monthlyIncome: 3_000_000,
      avoidCounties: ['20'],
    };
    const items = [
      { solution: { ...lease, municipality: '1480', rooms: 2, rentPerMonth: 800_000 }, household },
      { solution: lease, household },
    ];
    const r = await check(['--rules', 'extended', '--json', 'h.json'], { 'h.json': items });
    expect(r.rows().map((row) => row.verdict)).toEqual(['permanent', 'not-permanent']);
  });

  it('exits 1 and lists every problem by path on stderr, without repeating personal values', async () => {
    const bad = [
      lease,
      {
        tenure: 'castle',
        municipality: '0100',
        contract: { start: '2025-03-01', end: '2025-02-01' },
        address: 5,
      },
      {
        solution: { ...lease, address: { street: 'Lindgatan 4', door: 'Storgatan 9' } },
        household: { monthlyIncome: -5 },
        note: 'Alva',
      },
    ];
    const r = await check(['bad.json'], { 'bad.json': bad });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    for (const path of [
      '[1].tenure',
      '[1].municipality',
      '[1].contract.end',
      '[1].address',
      '[2].solution.address',
      '[2].household.monthlyIncome',
    ]) {
      expect(r.stderr).toContain(`${path}: `);
    }
    expect(r.stderr).toContain('7 problems in the input');
    for (const secret of ['Lindgatan', 'Storgatan', 'castle', 'Alva', '0100'])
      expect(r.stderr).not.toContain(secret);
  });

  it('exits 1 for text that is not JSON or not UTF-8, without echoing it', async () => {
    const notJson = await check(['a.json'], { 'a.json': '{"address": "Lindgatan 4"' });
    expect([notJson.code, notJson.stderr]).toEqual([
      1,
      'stadig check: The input is not valid JSON.\n',
    ]);
    const { io, out } = memoryIo({ files: { 'b.json': new Uint8Array([0x7b, 0xff, 0x7d]) } });
    expect(await checkCommand.run(['b.json'], { io, lang: 'en' })).toBe(1);
    expect(out.stderr).toContain('not valid UTF-8');
  });

  it('exits 1 for a file that cannot be read, naming it', async () => {
    const r = await check(['missing.json'], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The file cannot be read: missing.json');
    expect(r.stdout).toBe('');
  });

  it('exits 2 for usage errors: no file, two files, a bad date, a bad flag, a bad language', async () => {
    for (const args of [
      [],
      ['a.json', 'b.json'],
      ['--as-of', '2025-02-30', 'a.json'],
      ['--frob', 'a.json'],
      ['--lang', 'fi', 'a.json'],
    ]) {
      const r = await check(args, { 'a.json': lease, 'b.json': lease });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('stadig --help');
      expect(r.stdout).toBe('');
    }
  });

  describe('--rules <module>', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stadig-check-'));
    const rule = `{ id: 'mine.always', title: { sv: 'Alltid', en: 'Always' }, sources: [{ seed: 'Riktlinjer', place: '§ 1' }],
      decide: () => ({ outcome: 'pass', text: { sv: 'Godkänd.', en: 'Approved.' }, facts: {} }) }`;
    writeFileSync(
      join(dir, 'good.mjs'),
      `export default { id: 'mine', version: '2025.1', rules: [${rule}] };\n`,
    );
    writeFileSync(
      join(dir, 'named.mjs'),
      `export const ruleSet = { id: 'named', version: '1', rules: [${rule}] };\n`,
    );
    writeFileSync(
      join(dir, 'bad.mjs'),
      `export default { id: 'bad', version: '1', rules: [{ id: 'x' }] };\n`,
    );
    writeFileSync(join(dir, 'throws.mjs'), 'throw new Error("boom");\n');

    it('loads the default export of a module by absolute or relative path, or its ruleSet export', async () => {
      const absolute = await check(['--json', '--rules', join(dir, 'good.mjs'), 'a.json'], {
        'a.json': sublease,
      });
      expect(absolute.rows()[0]).toMatchObject({
        verdict: 'permanent',
        ruleSet: { id: 'mine', version: '2025.1' },
      });
      const relativePath = relative(process.cwd(), join(dir, 'named.mjs'));
      const named = await check(['--json', '--rules', relativePath, 'a.json'], {
        'a.json': sublease,
      });
      expect(named.rows()[0]?.ruleSet.id).toBe('named');
    });

    it('exits 2 when the module is missing, throws, or exports no valid rule set, listing the problems', async () => {
      const bad = await check(['--rules', join(dir, 'bad.mjs'), 'a.json'], { 'a.json': lease });
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('rules[0].title: The value is missing.');
      for (const name of ['nothing.mjs', 'throws.mjs']) {
        const r = await check(['--rules', join(dir, name), 'a.json'], { 'a.json': lease });
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('Could not load the rule module');
      }
    });
  });

  it('has help with flags, exit codes and examples in both languages', () => {
    expect(checkCommand.help.en).toContain(
      'stadig check --rules strict --as-of 2026-01-01 --json solutions.json',
    );
    expect(checkCommand.help.en).toContain('Exit codes');
    expect(checkCommand.help.sv).toContain('Slutkoder');
    expect(checkCommand.words).toEqual(['check']);
  });
});
