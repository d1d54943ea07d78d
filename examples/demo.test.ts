import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { resolveGrantRecipients } from './demo/grantRecipients';

const here = dirname(fileURLToPath(import.meta.url));
const csv = readFileSync(join(here, '..', 'data', 'statsbidrag-2023-bilaga1.csv'), 'utf8');

describe('the demo: grant recipients 2023', () => {
  it('resolves all 54 recipients of seed 004 Bilaga 1: 53 exact and Norrälje as probable Norrtälje', () => {
    const report = resolveGrantRecipients(csv);
    expect(report.recipients).toHaveLength(54);
    expect(report.byStatus).toEqual({ exact: 53, probable: 1, unknown: 0 });
    const norr = report.recipients.find((r) => r.resolution.input === 'Norrälje kommun');
    expect(norr?.resolution).toMatchObject({ status: 'probable', municipality: { code: '0188' } });
  });

  it('adds the granted amounts up from the rows (21 117 795 kr, seed 004: "21,1 MSEK")', () => {
    const report = resolveGrantRecipients(csv);
    expect(report.grantedTotal).toBe(21_117_795_00);
    const perCounty = [...report.grantedByCounty.values()].reduce((a, b) => a + b, 0);
    expect(perCounty).toBe(report.grantedTotal);
  });

  it('reports a file with the wrong header instead of guessing', () => {
    expect(resolveGrantRecipients('name,amount\nx,1').problems).toHaveLength(1);
  });

  it('runs as `pnpm demo`, prints the summary and writes the HTML report it names', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'stadig-demo-')), 'report.html');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--conditions=@stadig/source', '--import', 'tsx', join(here, 'demo.ts'), '--out', out],
      { env: { ...process.env, NO_COLOR: '1' } },
    );
    const html = readFileSync(out, 'utf8');
    expect(stdout).toContain(`The report with charts: `);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<svg/g)?.length).toBe(3);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org|vega\.github\.io)/);
    expect(stdout).toMatch(
      /2000 synthetic cases \(seed 2026\) in \d+ municipalities of 21 counties/,
    );
    expect(stdout).toMatch(/The \d+ homes moved into, judged on the move-in day/);
    expect(stdout).toMatch(/Sweden \(all counties\)\s+2000/);
    expect(stdout).toMatch(/2000 cases imported in 4 transactional batches/);
    expect(stdout).toMatch(/read back with 2000 audited reads of protected data/);
    expect(stdout).toMatch(
      /the database shows (\d+) open cases of its own \(\1 in the data\)\n\s+and no case of another municipality/,
    );
    expect(stdout).toMatch(/Optimal assignment: \d+ households matched, total score \d+/);
    expect(stdout).toMatch(/placed \d+, through the shared ledger \(no two-way swaps\)/);
    expect(stdout).toMatch(/Suppressed: \d+ cells with fewer than 5 cases/);
    // Synthetic names and addresses stay inside the Protected values.
    expect(stdout + html).not.toMatch(/Testperson|Testgatan/);
    expect(stdout).toContain(
      '54 recipients as written in the appendix: 53 exact, 1 probable, 0 unknown',
    );
    expect(stdout).toContain('Norrälje kommun → probable 0188 Norrtälje');
    expect(stdout).toMatch(/Total granted: 21\s117\s795\skr/);
    expect(stdout).toMatch(/Total\s+21\s117\s795\s+3\s119\s562\s+15/);
    expect(stdout).toContain('Recipients: 54. Used nothing: 5. Left part unused: 10.');
    expect(stdout).toMatch(/Sublease for eleven months\n\s+national: not-permanent/);
    expect(stdout).toMatch(/Emergency apartment\n\s+national: not-permanent/);
    expect(stdout).toMatch(
      /Social contract, no takeover clause\n.*\n\s+strict:\s+not-permanent.*the definitions disagree/,
    );
    expect(stdout).toMatch(
      /Over 2000 generated solutions the two definitions agree on \d+ and disagree on \d+/,
    );
    expect(stdout).not.toContain('Exempelgatan');
    expect(stdout).toMatch(/2023, available 27\s500\s000\skr, granted 21\s117\s795\skr to 54/);
  }, 180_000);
});
