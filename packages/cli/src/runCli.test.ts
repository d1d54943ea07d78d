import { describe, expect, it } from 'vitest';
import type { ResolveJsonRow } from './commands/municipalityResolve';
import { runCli } from './runCli';
import { memoryIo } from './testIo';

const en = { LANG: 'en_GB.UTF-8' };

describe('stadig --help and usage errors', () => {
  it('prints the overview with --help and exits 0', async () => {
    const { io, out } = memoryIo({ env: en });
    expect(await runCli(['--help'], io)).toBe(0);
    expect(out.stdout).toContain('municipality resolve');
    expect(out.stdout).toContain('Exit codes');
  });

  it('speaks Swedish when LANG is Swedish, and --lang overrides it', async () => {
    const sv = memoryIo({ env: { LANG: 'sv_SE.UTF-8' } });
    await runCli(['--help'], sv.io);
    expect(sv.out.stdout).toContain('Slutkoder');
    const forced = memoryIo({ env: { LANG: 'sv_SE.UTF-8' } });
    await runCli(['--help', '--lang', 'en'], forced.io);
    expect(forced.out.stdout).toContain('Exit codes');
  });

  it('a file named like an object property (constructor, toString) is a missing file, exit 1', async () => {
    for (const argv of [
      ['grants', 'report', 'constructor'],
      ['case', 'validate', 'constructor'],
      ['import', 'cases', 'toString'],
      ['check', 'hasOwnProperty'],
    ]) {
      const { io, out } = memoryIo({ env: en, files: { 'table.csv': 'x' } });
      expect(await runCli(argv, io)).toBe(1);
      expect(out.stderr).toContain('cannot be read');
    }
  });

  it('exits 2 with a hint for an unknown verb, an unknown flag, a bad --lang and no names', async () => {
    for (const argv of [
      ['frobnicate'],
      ['--frob'],
      ['--lang', 'fi', '--help'],
      ['municipality', 'resolve'],
    ]) {
      const { io, out } = memoryIo({ env: en });
      expect(await runCli(argv, io)).toBe(2);
      expect(out.stderr).toContain('stadig --help');
      expect(out.stdout).toBe('');
    }
  });

  it('exits 2 and prints help on standard error when run without arguments', async () => {
    const { io, out } = memoryIo({ env: en });
    expect(await runCli([], io)).toBe(2);
    expect(out.stderr).toContain('Usage');
  });

  it('prints its version', async () => {
    const { io, out } = memoryIo({ env: en });
    expect(await runCli(['--version'], io)).toBe(0);
    expect(out.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('has help with an example for municipality resolve', async () => {
    const { io, out } = memoryIo({ env: en });
    expect(await runCli(['municipality', 'resolve', '--help'], io)).toBe(0);
    expect(out.stdout).toContain('Examples');
    expect(out.stdout).toContain('stadig municipality resolve "Falu kommun*"');
  });
});

describe('stadig municipality resolve', () => {
  it('prints one JSON document with the documented fields', async () => {
    const { io, out } = memoryIo({ env: en });
    const code = await runCli(
      ['municipality', 'resolve', '--json', 'Falu kommun*', 'Norrälje kommun', 'Borås Stad'],
      io,
    );
    expect(code).toBe(0);
    const rows = JSON.parse(out.stdout) as ResolveJsonRow[];
    expect(rows.map((r) => [r.input, r.status, r.code, r.name, r.countyCode])).toEqual([
      ['Falu kommun*', 'exact', '2080', 'Falun', '20'],
      ['Norrälje kommun', 'probable', '0188', 'Norrtälje', '01'],
      ['Borås Stad', 'exact', '1490', 'Borås', '14'],
    ]);
    expect(rows[1]?.candidates[0]?.code).toBe('0188');
    expect(rows[0]?.candidates).toEqual([]);
  });

  it('gives null code, name and county and exit 1 for an unknown name, listing it on stderr', async () => {
    const { io, out } = memoryIo({ env: en });
    const code = await runCli(
      ['municipality', 'resolve', '--json', 'Atlantis kommun', 'Malmö stad'],
      io,
    );
    expect(code).toBe(1);
    const rows = JSON.parse(out.stdout) as ResolveJsonRow[];
    expect(rows[0]).toMatchObject({
      status: 'unknown',
      code: null,
      name: null,
      countyCode: null,
      candidates: [],
    });
    expect(rows[1]).toMatchObject({ status: 'exact', code: '1280' });
    expect(out.stderr).toContain('Atlantis kommun');
    expect(out.stderr).not.toContain('Malmö');
  });

  it('treats probable answers as problems with --strict', async () => {
    const { io, out } = memoryIo({ env: en });
    expect(await runCli(['municipality', 'resolve', '--strict', 'Norrälje kommun'], io)).toBe(1);
    expect(out.stderr).toContain('Norrälje kommun');
  });

  it('prints a readable line per name without --json', async () => {
    const { io, out } = memoryIo({ env: en });
    expect(await runCli(['municipality', 'resolve', 'Göteborgs stad', '0180'], io)).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/Göteborgs stad\s+exact\s+1480 Göteborg \(Västra Götalands län\)/);
    expect(lines[1]).toMatch(/0180\s+exact\s+0180 Stockholm \(Stockholms län\)/);
    expect(out.stdout).not.toContain('\u001b[');
  });
});
