import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo, runInMemory } from '../testIo';
import { importFileCommand } from './importFile';

const csv = join(import.meta.dirname, '../../../adapter-csv');
const bytes = (path: string) => new Uint8Array(readFileSync(join(csv, path)));
const text = (path: string) => readFileSync(join(csv, path), 'utf8');

describe('stadig import', () => {
  it('imports every case of an Excel file and says so', async () => {
    const r = await runInMemory(importFileCommand, ['cases', 'a.csv', '--into', 'memory'], {
      files: { 'a.csv': bytes('examples/cases-excel-sv.csv') },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 read, 2 imported, 0 rejected');
    expect(r.stdout).toContain('2 records stored in memory');
    expect(r.stderr).toBe('');
  });

  it('stores into an embedded database in a directory, and resumes an import after its checkpoint', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stadig-import-'));
    try {
      const args = ['cases', 'a.csv', '--into', `pglite:${dir}`, '--municipality', '2080'];
      const files = { 'a.csv': bytes('examples/cases-excel-sv.csv') };
      const first = await runInMemory(importFileCommand, [...args, '--import-id', 'i-1'], {
        files,
      });
      expect(first.code).toBe(0);
      expect(first.stdout).toContain('2 read, 2 imported, 0 rejected');
      // The same import again: every row is behind the checkpoint kept in the directory.
      const again = await runInMemory(importFileCommand, [...args, '--import-id', 'i-1'], {
        files,
      });
      expect(again.code).toBe(0);
      expect(again.stderr).toContain('resuming after row 3');
      expect(again.stdout).toContain('0 read, 0 imported, 0 rejected');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('lists a rejected row with its row and column, in Swedish, never the value', async () => {
    const r = await runInMemory(importFileCommand, ['cases', 'export.csv', '--profile', 'p.json'], {
      files: {
        'export.csv': bytes('examples/cases-system-windows-1252.csv'),
        'p.json': text('profiles/exempel-socialtjanst.json'),
      },
      lang: 'sv',
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('3 lästa, 2 importerade, 1 avvisade');
    expect(r.stdout).toContain(
      'rad 4, kolumn Födelsedatum (4): Datumet följer inte formatet YYYYMMDD.',
    );
    for (const secret of ['Göta', 'Prov', '19920230']) expect(r.stdout).not.toContain(secret);
  });

  it('prints the summary as JSON, with read = imported + rejected', async () => {
    const r = await runInMemory(importFileCommand, ['applications', 'a.csv', '--json'], {
      files: { 'a.csv': bytes('examples/applications.csv') },
    });
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ kind: 'applications', read: 5, imported: 4, rejected: 1 });
    expect(summary.rejections[0].problems[0]).toMatchObject({ column: 'kommun', columnIndex: 3 });
  });

  it('rejects the whole file with --strict', async () => {
    const r = await runInMemory(importFileCommand, ['usage', 'u.csv', '--strict'], {
      files: { 'u.csv': bytes('examples/usage.csv') },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('3 read, 0 imported, 3 rejected');
  });

  it('takes dialect overrides and refuses what it does not know', async () => {
    const ok = await runInMemory(
      importFileCommand,
      ['cases', 'a.csv', '--separator', ';', '--encoding', 'utf-8'],
      {
        files: { 'a.csv': bytes('examples/cases-excel-sv.csv') },
      },
    );
    expect(ok.code).toBe(0);
    for (const args of [
      ['things', 'a.csv'],
      ['cases'],
      ['cases', 'a.csv', '--into', 'postgres://x'],
      ['cases', 'a.csv', '--into', 'pglite:./x'],
      ['offers', 'a.csv', '--into', 'pglite:./x', '--municipality', '2080'],
      ['cases', 'a.csv', '--separator', '|'],
    ]) {
      expect(
        (await runInMemory(importFileCommand, args, { files: { 'a.csv': 'id\n' } })).code,
      ).toBe(2);
    }
  });

  it('shows progress on standard error only when it is a terminal', async () => {
    const { io, out } = memoryIo({ files: { 'a.csv': bytes('examples/cases-excel-sv.csv') } });
    await importFileCommand.run(['cases', 'a.csv'], {
      io: { ...io, stderrIsTerminal: true } as typeof io,
      lang: 'en',
    });
    expect(out.stderr).toContain('\rstadig import: 2 read · 2 imported · 0 rejected');
    const quiet = await runInMemory(importFileCommand, ['cases', 'a.csv'], {
      files: { 'a.csv': bytes('examples/cases-excel-sv.csv') },
    });
    expect(quiet.stderr).toBe('');
  });

  it('reports an invalid profile and an unreadable file as invalid input', async () => {
    const bad = await runInMemory(importFileCommand, ['cases', 'a.csv', '--profile', 'p.json'], {
      files: { 'a.csv': 'id\n', 'p.json': { name: 'x', kind: 'cases', columns: { a: 'nope' } } },
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('csv.profile-unknown-field');
    expect((await runInMemory(importFileCommand, ['cases', 'missing.csv'])).code).toBe(1);
    expect(
      (await runInMemory(importFileCommand, ['cases', 'empty.csv'], { files: { 'empty.csv': '' } }))
        .code,
    ).toBe(1);
    const { io } = memoryIo();
    const failing = {
      ...io,
      openFile: () => ({
        [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('ENOENT')) }),
      }),
    };
    expect(
      await importFileCommand.run(['cases', 'gone.csv'], { io: failing as typeof io, lang: 'en' }),
    ).toBe(1);
    // Said as every other command says it, not as a file with no header.
    const { io: quiet, out } = memoryIo();
    const missing = { ...quiet, openFile: failing.openFile };
    await importFileCommand.run(['cases', 'gone.csv'], { io: missing as typeof io, lang: 'en' });
    expect(out.stderr).toBe('stadig: The file cannot be read: gone.csv (ENOENT)\n');
  });
});
