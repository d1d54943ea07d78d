import { parseCase } from '@stadig/case';
import { parseDateOnly } from '@stadig/core';
import { describe, expect, it } from 'vitest';
import { memoryIo, runInMemory } from '../testIo';
import { caseValidateCommand } from './caseValidate';
import { generateCasesCommand, syntheticCaseInputs } from './generateCases';

const generate = (args: string[]) => runInMemory(generateCasesCommand, args);

describe('stadig generate cases', () => {
  it('prints N synthetic cases in input form, the same for the same seed', async () => {
    const r = await generate(['--count', '5', '--seed', '7']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const cases = JSON.parse(r.stdout) as {
      id: string;
      household: { survivor: { name: string } };
    }[];
    expect(cases.map((c) => c.id)).toEqual([
      'synthetic-0000',
      'synthetic-0001',
      'synthetic-0002',
      'synthetic-0003',
      'synthetic-0004',
    ]);
    expect(typeof cases[0]?.household.survivor.name).toBe('string');
    expect(r.stdout).not.toContain('[protected:');
    expect((await generate(['--count', '5', '--seed', '7'])).stdout).toBe(r.stdout);
    expect((await generate(['--count', '5', '--seed', '8'])).stdout).not.toBe(r.stdout);
  });

  it('round trip: what it prints, stadig case validate accepts with exit 0', async () => {
    const r = await generate(['--count', '200', '--seed', '42', '--as-of', '2025-06-01']);
    const { io, out } = memoryIo({ stdin: r.stdout, today: '2025-06-01' });
    expect(await caseValidateCommand.run(['-', '--json'], { io, lang: 'en' })).toBe(0);
    const rows = JSON.parse(out.stdout) as { valid: boolean }[];
    expect(rows).toHaveLength(200);
    expect(rows.every((row) => row.valid)).toBe(true);
  });

  it('counts above 10 000 come in batches with ids numbered on, and every case parses', () => {
    const asOf = parseDateOnly('2026-01-01')._unsafeUnwrap();
    const inputs = syntheticCaseInputs({ seed: 3, count: 10_003, asOf });
    expect(inputs).toHaveLength(10_003);
    expect(inputs.slice(-2).map((c) => c.id)).toEqual(['synthetic-10001', 'synthetic-10002']);
    expect(new Set(inputs.map((c) => c.id)).size).toBe(10_003);
    for (const input of inputs.slice(9_990)) expect(parseCase(input, { asOf }).isOk()).toBe(true);
  });

  it('exits 2 for a missing or invalid --count or --seed, a bad date, a file or an unknown flag', async () => {
    for (const args of [
      [],
      ['--seed', '1'],
      ['--count', '5'],
      ['--count', '0', '--seed', '1'],
      ['--count', '100001', '--seed', '1'],
      ['--count', '2.5', '--seed', '1'],
      ['--count', 'many', '--seed', '1'],
      ['--count', '5', '--seed', '1.5'],
      ['--count', '5', '--seed', 'x'],
      ['--count', '5', '--seed', '1', '--as-of', '2025-13-01'],
      ['--count', '5', '--seed', '1', 'out.json'],
      ['--count', '5', '--seed', '1', '--frob'],
    ]) {
      const r = await generate(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('stadig --help');
      expect(r.stdout).toBe('');
    }
    expect((await generate(['--count', '1', '--seed=-12'])).code).toBe(0);
  });

  it('has help that says the data is synthetic, with exit codes and examples in both languages', () => {
    expect(generateCasesCommand.words).toEqual(['generate', 'cases']);
    expect(generateCasesCommand.help.en).toContain('synthetic');
    expect(generateCasesCommand.help.en).toContain('never use it on');
    expect(generateCasesCommand.help.sv).toContain('påhittade');
    expect(generateCasesCommand.help.en).toContain('stadig generate cases --count 100 --seed 1');
    expect(generateCasesCommand.help.sv).toContain('Slutkoder');
  });
});
