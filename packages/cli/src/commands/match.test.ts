import { generateCaseInputs } from '@stadig/case';
import { exampleCaseInput } from '@stadig/case/testing';
import type { DateOnly } from '@stadig/core';
import { generateOfferInputs } from '@stadig/matching';
import { describe, expect, it } from 'vitest';
import { memoryIo, runInMemory } from '../testIo';
import { matchCommand, progressBar } from './match';

const asOf = '2026-01-15' as DateOnly;
const cases = generateCaseInputs({ seed: 3, count: 30, asOf });
const offers = generateOfferInputs({ seed: 3, count: 200, asOf });
const files = { 'cases.json': cases, 'offers.json': offers };
const match = (args: string[], lang: 'sv' | 'en' = 'en') =>
  runInMemory(matchCommand, [...args, '--as-of', asOf, '--allow-step', 'social-contract'], {
    files,
    lang,
  });

describe('stadig match', () => {
  it('prints the best offers per case as JSON, with no name or address', async () => {
    const r = await match(['cases.json', 'offers.json', '--json', '--top', '3']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      top: number;
      cases: { caseId: string; offers: { score: number }[] }[];
    };
    expect(json.top).toBe(3);
    expect(json.cases).toHaveLength(30);
    expect(json.cases.some((c) => c.offers.length > 0)).toBe(true);
    for (const c of json.cases) {
      expect(c.offers.length).toBeLessThanOrEqual(3);
      const scores = c.offers.map((o) => o.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
    for (const c of cases) expect(r.stdout).not.toContain(c.household.survivor.name);
    expect(r.stdout).not.toMatch(/Testgatan|Påhittade|Fiktiv|"lat"/);
  });

  it('prints a readable ranking in Swedish and English', async () => {
    expect((await match(['cases.json', 'offers.json'])).stdout).toContain('Best offers per case');
    expect((await match(['cases.json', 'offers.json'], 'sv')).stdout).toContain(
      'Bästa erbjudanden per ärende',
    );
  });

  it('assigns one-to-one with --assign', async () => {
    const r = await match(['cases.json', 'offers.json', '--assign', '--json']);
    expect(r.code).toBe(0);
    const { assignment } = JSON.parse(r.stdout) as {
      assignment: {
        pairs: { offerId: string; score: number }[];
        unassigned: string[];
        totalScore: number;
      };
    };
    expect(assignment.pairs.length + assignment.unassigned.length).toBe(30);
    expect(new Set(assignment.pairs.map((p) => p.offerId)).size).toBe(assignment.pairs.length);
    const text = await match(['cases.json', 'offers.json', '--assign']);
    expect(text.stdout).toMatch(/^Assignment as of 2026-01-15: \d+ of 30 cases assigned/);
  });

  it('reports invalid cases and offers with exit 1, without their values', async () => {
    const bad = {
      ...exampleCaseInput(),
      household: {
        ...exampleCaseInput().household,
        survivor: { name: 'Hemlig Person', birthDate: 'x' },
      },
    };
    const r = await runInMemory(matchCommand, ['c.json', 'offers.json'], {
      files: { 'c.json': [bad], 'offers.json': offers },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('Hemlig');
    const o = await runInMemory(matchCommand, ['cases.json', 'o.json'], {
      files: {
        'cases.json': cases,
        'o.json': [{ id: 'x', dwelling: { address: 'Hemliga gatan 1' } }],
      },
      today: asOf,
    });
    expect(o.code).toBe(1);
    expect(o.stderr).toContain('problems in the offers');
    expect(o.stderr).not.toContain('Hemliga');
  });

  it('rejects wrong usage with exit 2', async () => {
    expect((await match(['cases.json'])).code).toBe(2);
    expect((await match(['cases.json', 'offers.json', '--top', '0'])).code).toBe(2);
    expect((await match(['cases.json', 'offers.json', '--allow-step', 'castle'])).code).toBe(2);
  });

  it('draws a progress bar only when standard error is a terminal', () => {
    const { io, out } = memoryIo();
    const quiet = progressBar({ io, lang: 'en' }, 'scoring', 1000);
    quiet.tick(500);
    expect(out.stderr).toBe('');
    const tty = { ...io, stderrIsTerminal: true };
    const bar = progressBar({ io: tty, lang: 'en' }, 'scoring', 1000);
    bar.tick(500);
    bar.end();
    expect(out.stderr).toContain('50 %');
  });
});
