import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testIo';
import { grantsReportCommand } from './grantsReport';

const FILE = 'statsbidrag-2023-bilaga1.csv';
const source = readFileSync(new URL(`../../../../data/${FILE}`, import.meta.url), 'utf8');
const run = async (
  args: string[],
  files: Record<string, string | Uint8Array> = { [FILE]: source },
  lang: 'sv' | 'en' = 'en',
) => {
  const { io, out, written } = memoryIo({ files });
  const code = await grantsReportCommand.run(args, { io, lang });
  return { code, ...out, written };
};
/** The file's bytes in Windows-1252 (every character of the file is in Latin-1). */
const windows1252 = (text: string) =>
  Uint8Array.from(
    [...text].map((c) => {
      const code = c.charCodeAt(0);
      if (code > 0xff) throw new Error('not in Latin-1');
      return code;
    }),
  );

/** Checks that every tag is closed in order, and counts the bars in a mark group. */
function checkSvg(svg: string) {
  const stack: string[] = [];
  for (const [tag, closing, name, selfClosing] of svg.matchAll(
    /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g,
  )) {
    if (selfClosing) continue;
    if (closing) expect(stack.pop(), tag).toBe(name);
    else stack.push(name ?? '');
  }
  expect(stack).toEqual([]);
  const bars = (group: string) => {
    const start = svg.indexOf(`role-mark ${group}`);
    const end = svg.indexOf('</g>', start);
    return svg.slice(start, end).match(/aria-roledescription="bar"/g)?.length ?? 0;
  };
  return { granted: bars('granted_marks'), unused: bars('unused_marks') };
}

describe('stadig grants report on data/statsbidrag-2023-bilaga1.csv (seed 004, Bilaga 1)', () => {
  it('--json: 54 recipients, 21 117 795 kr granted, 3 119 562 kr unused (15 %), 5 used nothing, 10 left part unused', async () => {
    const { code, stdout, stderr } = await run([FILE, '--json']);
    expect([code, stderr]).toEqual([0, '']);
    const json = JSON.parse(stdout);
    expect([json.recipients, json.granted, json.unused, json.unusedPercent]).toEqual([
      54, 21117795, 3119562, 15,
    ]);
    expect([json.usedNothing, json.partlyUnused, json.mismatches]).toEqual([5, 10, 0]);
    expect(json.rows).toHaveLength(54);
    expect(json.rows.find((r: { recipient: string }) => r.recipient === 'Falu kommun*')).toEqual({
      row: 7,
      recipient: 'Falu kommun*',
      municipalityCode: '2080',
      municipalityMatch: 'exact',
      granted: 700000,
      unused: 184363,
      unusedPercent: 26,
      publishedPercent: 26,
      matchesPublished: true,
    });
    expect(json.rows.every((r: { matchesPublished: boolean }) => r.matchesPublished)).toBe(true);
  });
  it('table (default): one aligned line per recipient, the total and the counts', async () => {
    const { code, stdout } = await run([FILE], undefined, 'sv');
    const lines = stdout.trimEnd().split('\n');
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/^Mottagare\s+Kod\s+Beviljat \(kr\)/);
    expect(lines).toHaveLength(1 + 54 + 1 + 2);
    expect(lines.find((l) => l.startsWith('Norrälje kommun'))).toContain('0188?');
    expect(lines[55]).toMatch(/^Summa\s+21\u00a0117\u00a0795\s+3\u00a0119\u00a0562\s+15$/);
    expect(lines.at(-1)).toContain('Använde inget: 5. Lämnade en del oanvänt: 10.');
  });
  it('--format md and --format csv', async () => {
    const md = await run([FILE, '--format', 'md']);
    expect(md.stdout.split('\n')[1]).toBe('|---|---|---:|---:|---:|---:|');
    expect(md.stdout).toContain(
      '| **Total** |  | **21\u00a0117\u00a0795** | **3\u00a0119\u00a0562** | **15** |  |',
    );
    const csv = await run([FILE, '--format', 'csv']);
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(56);
    expect(lines[6]).toBe('Falu kommun*;2080;700000;184363;26;26;ja');
    expect(lines[55]).toBe('Summa;;21117795;3119562;15;;');
  });
  it('--format svg: well-formed SVG with one bar per recipient, written with --out', async () => {
    const { code, stdout, written } = await run([FILE, '--format', 'svg', '--out', 'bilaga1.svg']);
    expect([code, stdout]).toEqual([0, '']);
    const svg = String(written.get('bilaga1.svg'));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(checkSvg(svg)).toEqual({ granted: 54, unused: 54 });
    expect(svg).toContain('Granted and unused funds per recipient');
  });
  it('reads a comma-separated variant and a Windows-1252-encoded one to the same report', async () => {
    const expected = JSON.parse((await run([FILE, '--json'])).stdout);
    const comma = await run(['comma.csv', '--json'], { 'comma.csv': source.replaceAll(';', ',') });
    expect(comma.code).toBe(0);
    expect(JSON.parse(comma.stdout)).toEqual(expected);
    const cp1252 = await run(['ansi.csv', '--json'], {
      'ansi.csv': windows1252(source.replace(/\n/g, '\r\n')),
    });
    expect(cp1252.code).toBe(0);
    expect(JSON.parse(cp1252.stdout)).toEqual(expected);
    const bom = await run(['bom.csv', '--json'], { 'bom.csv': `\uFEFF${source}` });
    expect(JSON.parse(bom.stdout)).toEqual(expected);
  });
  it('lists a broken row on stderr with its row and column, reports the rest, and exits 1', async () => {
    const broken = source.replace(
      'Hagfors kommun;45675;45675;100',
      'Hagfors kommun;45675;45676;100',
    );
    const { code, stdout, stderr } = await run(['broken.csv', '--json'], { 'broken.csv': broken });
    expect(code).toBe(1);
    expect(stderr).toBe(
      'row 12, column oanvanda_medel_kr: The unused amount is larger than the granted amount. [grants.table.unused-exceeds-granted]\n',
    );
    expect(JSON.parse(stdout).recipients).toBe(53);
    const sv = await run(['broken.csv'], { 'broken.csv': broken }, 'sv');
    expect(sv.stderr).toContain('rad 12, kolumn oanvanda_medel_kr:');
  });
  it('a file without the published columns, or that cannot be read, is invalid input (1)', async () => {
    const header = await run(['x.csv'], { 'x.csv': 'namn;belopp\nSala;1\n' });
    expect(header.code).toBe(1);
    expect(header.stderr).toContain('header.mottagare: The header has no column mottagare.');
    const missing = await run(['nowhere.csv']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('The file cannot be read: nowhere.csv');
  });
  it('usage errors exit 2', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run([FILE, '--format', 'pdf'])).code).toBe(2);
    expect((await run([FILE, '--json', '--format', 'csv'])).code).toBe(2);
    expect((await run([FILE, '--colour'])).code).toBe(2);
    expect((await run([FILE, 'other.csv'])).code).toBe(2);
  });
  it('has help in Swedish and English, each with an example', () => {
    expect(grantsReportCommand.help.en).toContain(
      'Examples\n  stadig grants report data/statsbidrag-2023-bilaga1.csv',
    );
    expect(grantsReportCommand.help.sv).toContain(
      'Exempel\n  stadig grants report data/statsbidrag-2023-bilaga1.csv',
    );
  });
});
