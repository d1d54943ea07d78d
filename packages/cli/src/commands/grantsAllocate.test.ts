import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../testIo';
import { grantsAllocateCommand } from './grantsAllocate';

const year = { from: '2023-01-01', to: '2023-12-31' };
const app = (
  id: string,
  municipality: string,
  kronor: number,
  extra: Record<string, unknown> = {},
) => ({
  id,
  year: 2023,
  municipality,
  requested: kronor,
  activities: [
    {
      category: 'cooperation-landlords',
      salaryCosts: kronor,
      otherCosts: 0,
      period: year,
      ...extra,
    },
  ],
});
const csv = [
  'ansokan;ar;kommun;begart_belopp_kr;kategori;lonekostnader_kr;ovriga_kostnader_kr;fran;till;ej_forenligt_syfte',
  'FALUN-1;2023;Falu kommun;700 000;cooperation-landlords;500 000;0;2023-01-01;2023-12-31;',
  'FALUN-1;;;;mapping-and-analysis;150 000;50 000;2023-03-01;2023-08-31;',
  'BORAS-1;2023;Borås Stad;300 000;other;300 000;0;2023-01-01;2023-12-31;emergency-apartments',
].join('\n');
const run = async (args: string[], files: Record<string, string>, lang: 'sv' | 'en' = 'en') => {
  const { io, out } = memoryIo({ files });
  const code = await grantsAllocateCommand.run(args, { io, lang });
  return { code, ...out };
};
const amounts = ['--budget', '30 000 000', '--admin', '2500000'];

describe('stadig grants allocate', () => {
  it('reproduces the 2023 round from JSON: 54 of 72 granted 21 117 795 kr, 75 %, 6 382 205 kr undistributed (seed 004, lines 90, 224–226)', async () => {
    const bilaga1 = readFileSync(
      new URL('../../../../data/statsbidrag-2023-bilaga1.csv', import.meta.url),
      'utf8',
    );
    const granted = bilaga1
      .trim()
      .split('\n')
      .slice(1)
      .map((line, i) => {
        const [name = '', kronor = '0'] = line.split(';');
        return app(`G${i}`, name === 'Norrälje kommun' ? '0188' : name, Number(kronor));
      });
    const refused = Array.from({ length: 18 }, (_, i) =>
      app(`X${i}`, 'Sala kommun', 250_000, { ineligiblePurposes: ['preventive-work'] }),
    );
    const { code, stdout, stderr } = await run(['round.json', ...amounts, '--json'], {
      'round.json': JSON.stringify({ applications: [...granted, ...refused] }),
    });
    expect([code, stderr]).toEqual([0, '']);
    const { summary, decisions } = JSON.parse(stdout);
    expect([summary.available, summary.granted, summary.undistributed]).toEqual([
      27_500_000, 21_117_795, 6_382_205,
    ]);
    expect([summary.applications, summary.approved, summary.approvalPercent]).toEqual([72, 54, 75]);
    expect(decisions[71]).toMatchObject({ kind: 'rejected', municipality: 'Sala', granted: 0 });
  });
  it('reads the CSV layout: one row per activity, grouped by ansokan', async () => {
    const { code, stdout } = await run(['round.csv', ...amounts], { 'round.csv': csv });
    const lines = stdout.split('\n');
    expect(code).toBe(0);
    expect(lines[0]).toBe(
      'FALUN-1  Falun (2080)  Granted in full  requested 700 000 kr  eligible 700 000 kr  granted 700 000 kr',
    );
    expect(lines[1]).toBe(
      'BORAS-1  Borås (1490)  Rejected  requested 300 000 kr  eligible 0 kr  granted 0 kr',
    );
    expect(lines[2]).toContain('[ineligible.emergency-apartments]');
    expect(stdout).toContain(
      'Applications: 2; Granted in full: 1; Granted in part: 0; Rejected: 1; approval rate: 50 %',
    );
  });
  it('shares pro rata, by priority or with a cap when the money does not suffice', async () => {
    const files = {
      'a.json': JSON.stringify([
        app('A', 'Sala kommun', 600),
        app('B', 'Heby kommun', 600),
        app('C', 'Knivsta kommun', 200),
      ]),
    };
    const granted = async (...flags: string[]) =>
      JSON.parse(
        (await run(['a.json', '--budget', '1000', '--admin', '0', '--json', ...flags], files))
          .stdout,
      ).decisions.map((d: { granted: number }) => d.granted);
    expect(await granted()).toEqual([429, 428, 143]);
    expect(await granted('--policy', 'priority')).toEqual([429, 428, 143]);
    expect(await granted('--policy', 'cap', '--cap', '300')).toEqual([300, 300, 200]);
  });
  it('lists every problem of invalid JSON applications by path, and of CSV by row and column (exit 1)', async () => {
    const json = await run(['bad.json', ...amounts], {
      'bad.json': JSON.stringify([app('A', 'Norrälje kommun', 100), app('B', 'Sala kommun', -1)]),
    });
    expect(json.code).toBe(1);
    expect(json.stderr.split('\n')).toEqual([
      'applications[0].municipality: The municipality name is not exact: did you mean Norrtälje (0188)? Write the name or the SCB code exactly. [grants.municipality-probable]',
      'applications[1].requested: The amount cannot be negative. [grants.negative-amount]',
      'applications[1].activities[0].salaryCosts: The amount cannot be negative. [grants.negative-amount]',
      '',
    ]);
    const rows = await run(
      ['bad.csv', ...amounts],
      { 'bad.csv': csv.replace('mapping-and-analysis', 'castles') },
      'sv',
    );
    expect(rows.code).toBe(1);
    expect(rows.stderr).toBe(
      'rad 3, kolumn kategori: Värdet är inte ett av de tillåtna. [validation.invalid-value]\n',
    );
  });
  it('a file that is not JSON, holds nothing or cannot be read is invalid input (1)', async () => {
    expect((await run(['x.json', ...amounts], { 'x.json': '{ nope' })).stderr).toContain(
      'not valid JSON',
    );
    expect((await run(['x.json', ...amounts], { 'x.json': '[]' })).code).toBe(1);
    expect((await run(['missing.csv', ...amounts], {})).code).toBe(1);
  });
  it('usage errors exit 2', async () => {
    const files = { 'a.csv': csv };
    expect((await run(['a.csv'], files)).code).toBe(2);
    expect((await run([...amounts], files)).code).toBe(2);
    expect((await run(['a.csv', '--budget', '1.234', '--admin', '0'], files)).code).toBe(2);
    expect((await run(['a.csv', '--budget', '100,50', '--admin', '0'], files)).code).toBe(2);
    expect((await run(['a.csv', ...amounts, '--policy', 'cap'], files)).code).toBe(2);
    expect((await run(['a.csv', ...amounts, '--cap', '5'], files)).code).toBe(2);
    expect((await run(['a.csv', ...amounts, '--policy', 'lottery'], files)).code).toBe(2);
  });
  it('has help in Swedish and English with the CSV layout and an example', () => {
    for (const help of [grantsAllocateCommand.help.sv, grantsAllocateCommand.help.en]) {
      expect(help).toContain(
        'ansokan;ar;kommun;begart_belopp_kr;kategori;lonekostnader_kr;ovriga_kostnader_kr;fran;till;ej_forenligt_syfte',
      );
      expect(help).toContain('stadig grants allocate');
    }
    expect(grantsAllocateCommand.help.sv).toContain('Exempel');
    expect(grantsAllocateCommand.help.en).toContain('Examples');
  });
});
