import { generateCaseInputs } from '@stadig/case';
import type { DateOnly } from '@stadig/core';
import { generateOfferInputs } from '@stadig/matching';
import { describe, expect, it } from 'vitest';
import { runInMemory } from '../testIo';
import { exchangePlanCommand } from './exchangePlan';

const asOf = '2026-01-15' as DateOnly;
const cases = generateCaseInputs({ seed: 4, count: 25, asOf });
const offers = generateOfferInputs({ seed: 4, count: 150, asOf });
const files = {
  'cases.json': cases,
  'offers.json': offers,
  'ledger.json': { '0180': 3, '1480': -2 },
};
const plan = (args: string[], lang: 'sv' | 'en' = 'en') =>
  runInMemory(exchangePlanCommand, [...args, '--as-of', asOf, '--allow-step', 'social-contract'], {
    files,
    lang,
  });

describe('stadig exchange plan', () => {
  it('prints a plan as JSON: placements, the updated ledger and a reason per case', async () => {
    const r = await plan([
      'cases.json',
      'offers.json',
      '--json',
      '--ledger',
      'ledger.json',
      '--tolerance',
      '1',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      placements: { from: string; to: string }[];
      ledger: Record<string, number>;
      cases: { placed: boolean; reason: string }[];
      tolerance: number;
    };
    expect(json.tolerance).toBe(1);
    expect(json.cases).toHaveLength(25);
    expect(json.placements.length).toBe(json.cases.filter((c) => c.placed).length);
    for (const [code, after] of Object.entries(json.ledger)) {
      const carried = ({ '0180': 3, '1480': -2 } as Record<string, number>)[code] ?? 0;
      expect(after).toBeGreaterThanOrEqual(Math.min(carried, -1));
      expect(after).toBeLessThanOrEqual(Math.max(carried, 1));
    }
    for (const c of cases) expect(r.stdout).not.toContain(c.household.survivor.name);
  });

  it('prints a readable plan in both languages', async () => {
    expect((await plan(['cases.json', 'offers.json'])).stdout).toMatch(
      /^Exchange plan as of 2026-01-15 \(tolerance 2\)/,
    );
    expect((await plan(['cases.json', 'offers.json'], 'sv')).stdout).toContain(
      'Saldo efter planen',
    );
  });

  it('rejects a bad ledger with exit 1 and wrong usage with exit 2', async () => {
    const r = await runInMemory(
      exchangePlanCommand,
      ['cases.json', 'offers.json', '--ledger', 'l.json'],
      {
        files: { ...files, 'l.json': { Stockholm: 'x' } },
      },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('Stockholm');
    expect((await plan(['cases.json'])).code).toBe(2);
    expect((await plan(['cases.json', 'offers.json', '--tolerance', '-1'])).code).toBe(2);
  });
});
