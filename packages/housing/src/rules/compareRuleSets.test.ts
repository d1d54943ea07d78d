import { parseDateOnly } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nationalRuleSet } from '../rulesets/national/nationalRuleSet';
import { strictRuleSet } from '../rulesets/strictRuleSet';
import { parseHousingSolution } from '../solution/parseHousingSolution';
import { arbHousingSolution } from '../testing/arbHousingSolution';
import { compareRuleSets } from './compareRuleSets';

const asOf = parseDateOnly('2026-01-01')._unsafeUnwrap();
const solutions = [
  { tenure: 'social-contract', contract: { start: '2025-01-01', takeover: { afterMonths: 12 } } },
  { tenure: 'social-contract', contract: { start: '2025-01-01' } },
  { tenure: 'owned' },
  { tenure: 'social-contract', contract: { start: '2025-01-01', takeover: { afterMonths: 24 } } },
  { tenure: 'sheltered-housing' },
  { tenure: 'social-contract', contract: { start: '2025-02-01', takeover: { afterMonths: 6 } } },
].map((s) =>
  parseHousingSolution({ ...s, municipality: '2062', address: 'Lindgatan 4' })._unsafeUnwrap(),
);

describe('compareRuleSets', () => {
  it("seed 004, line 448 ('Går det att hitta fram till en harmonisering av definitionen?'): shows where the national and Mora-style definitions part ways", () => {
    const c = compareRuleSets(nationalRuleSet, strictRuleSet, solutions, { asOf, maxExamples: 1 });
    expect(c).toMatchObject({
      a: { id: 'national', version: '1.0.0' },
      b: { id: 'strict', version: '1.0.0' },
      total: 6,
      agreements: 2,
      disagreements: 4,
    });
    expect(c.pairs.map((p) => [p.a, p.b, p.count, p.examples])).toEqual([
      ['needs-assessment', 'permanent', 2, [0]],
      ['needs-assessment', 'not-permanent', 2, [1]],
      ['permanent', 'permanent', 1, [2]],
      ['not-permanent', 'not-permanent', 1, [4]],
    ]);
    expect(JSON.stringify(c)).not.toContain('Lindgatan');
  });

  it('a rule set agrees with itself on everything', () => {
    const c = compareRuleSets(strictRuleSet, strictRuleSet, solutions, { asOf });
    expect([c.agreements, c.disagreements]).toEqual([6, 0]);
  });
});

describe('properties', () => {
  it('the pair counts add up to the total, and examples are indexes of solutions with that pair', () => {
    fc.assert(
      fc.property(fc.array(arbHousingSolution({ asOf }), { maxLength: 30 }), (list) => {
        const c = compareRuleSets(nationalRuleSet, strictRuleSet, list, { asOf });
        expect(c.pairs.reduce((sum, p) => sum + p.count, 0)).toBe(list.length);
        expect(c.agreements + c.disagreements).toBe(list.length);
        for (const p of c.pairs) for (const i of p.examples) expect(i).toBeLessThan(list.length);
      }),
      { numRuns: 30 },
    );
  });
});
