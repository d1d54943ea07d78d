import { describe, expect, it } from 'vitest';
import { importExample, renderImport } from './csv-import';

describe('example: an Excel-style CSV imported with a mapping profile', () => {
  it('detects the Windows-1252 semicolon dialect and accounts for every row', async () => {
    const { summary, stored } = await importExample();
    expect(summary.dialect).toMatchObject({
      separator: ';',
      encoding: 'windows-1252',
      decimal: ',',
    });
    expect(summary.read).toBe(summary.imported + summary.rejected);
    expect(stored).toBe(summary.imported);
    expect(summary.imported).toBeGreaterThan(0);
  });

  it('reports each rejected row by row, column and code, and no personal value', async () => {
    const { summary, stored } = await importExample();
    const text = renderImport(summary, stored);
    expect(text).toMatch(/row \d+, Födelsedatum: .* \[csv\.invalid-date\]/);
    expect(text).not.toMatch(/Åsa|Märta|Exempel|Påhittad/);
  });
});
