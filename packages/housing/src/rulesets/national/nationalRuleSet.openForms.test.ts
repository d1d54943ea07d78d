import { parseDateOnly } from '@stadig/core';
import { describe, expect, it } from 'vitest';
import { evaluatePermanence } from '../../rules/evaluatePermanence';
import type { PermanenceVerdict } from '../../rules/Verdict';
import { type HousingSolutionInput, parseHousingSolution } from '../../solution';
import { nationalRuleSet } from './nationalRuleSet';

const asOf = parseDateOnly('2026-01-01')._unsafeUnwrap();
const place = { municipality: '2062' } as const; // Mora

function judge(input: Omit<HousingSolutionInput, 'municipality'>, date = asOf): PermanenceVerdict {
  const solution = parseHousingSolution({ ...place, ...input })._unsafeUnwrap();
  return evaluatePermanence(solution, { asOf: date, ruleSet: nationalRuleSet });
}
const rules = (v: PermanenceVerdict) => v.reasons.map((r) => `${r.rule}:${r.outcome}`);
const questions = (v: PermanenceVerdict) =>
  v.verdict === 'needs-assessment' ? v.missing.map((m) => m.fact) : [];

describe('national baseline: staying in the home (seeds 000, 003)', () => {
  it("seed 003, line 9 ('… kunna bo kvar i sin egen bostad …'): staying on an open-ended first-hand lease is permanent", () => {
    const v = judge({
      tenure: 'staying-in-home',
      heldTenure: 'first-hand-lease',
      contract: { start: '2015-05-01' },
    });
    expect(v.verdict).toBe('permanent');
    expect(v.reasons.every((r) => r.facts.heldTenure === 'first-hand-lease')).toBe(true);
  });

  it('seed 003, line 9: staying on a six-month sublease is not permanent', () => {
    const v = judge({
      tenure: 'staying-in-home',
      heldTenure: 'sublease',
      contract: { start: '2025-07-01', end: '2025-12-31' },
    });
    expect(v.verdict).toBe('not-permanent');
  });

  it("seed 000, lines 47–49 ('Sådana insatser lämpar sig inte alltid …'): staying in an owned home is read as ownership; safety is for the extended rules", () => {
    const v = judge({ tenure: 'staying-in-home', heldTenure: 'owned' });
    expect(v.verdict).toBe('permanent');
    expect(v.reasons[0]?.facts).toEqual({ tenure: 'staying-in-home', heldTenure: 'owned' });
  });
});

describe('national baseline: forms the sources leave open (seeds 000, 001, 002, 004)', () => {
  it("seed 004, line 327 ('… andrahandskontrakt med begränsat besittningsskydd …'): a social contract asks whether the tenant may take over the lease", () => {
    const v = judge({ tenure: 'social-contract', contract: { start: '2025-01-01' } });
    expect(v.verdict).toBe('needs-assessment');
    expect(questions(v)).toEqual(['contract.takeover']);
  });

  it("seed 001, line 121 ('… kommunen står på kontraktet till en början'): with a takeover clause the question is whether its conditions will be met", () => {
    const v = judge({
      tenure: 'social-contract',
      contract: { start: '2025-01-01', takeover: { afterMonths: 12, conditions: ['rent-paid'] } },
    });
    expect(questions(v)).toEqual(['contract.takeover.conditions']);
    expect(v.reasons[1]?.facts).toMatchObject({ takeoverAfterMonths: 12 });
  });

  it("seed 000, lines 47–49 and seed 001, line 77 ('… fler än en våldsutövare'): living with relatives asks whether it is safe there", () => {
    const v = judge({ tenure: 'with-relatives' });
    expect(v.verdict).toBe('needs-assessment');
    expect(v.verdict === 'needs-assessment' && v.missing[0].question.en).toMatch(/safe/);
  });

  it("seed 000, line 25 ('… stora vård- och omsorgsbehov') and seed 001, line 89: special housing under SoL/LSS asks for a lasting decision", () => {
    const v = judge({ tenure: 'special-housing' });
    expect(questions(v)).toEqual(['special-housing.long-term']);
    expect(v.verdict === 'needs-assessment' && v.missing[0].question.sv).toMatch(/LSS/);
  });

  it("seed 004, line 448 ('Hur ska ”stadigvarande boende” tolkas?'): another form of housing needs assessment, not a guess", () => {
    expect(rules(judge({ tenure: 'other' }))).toEqual(['national.other:unsettled']);
  });

  it("seed 003, line 16 ('Startdatum: 03 juni 2021'): before 2021-06-03 no national rule is in effect, so none decides", () => {
    const v = judge({ tenure: 'owned' }, parseDateOnly('2021-06-02')._unsafeUnwrap());
    expect(v.verdict).toBe('needs-assessment');
    expect(rules(v)).toEqual(['no-rule-decides:unsettled']);
    expect(judge({ tenure: 'owned' }, parseDateOnly('2021-06-03')._unsafeUnwrap()).verdict).toBe(
      'permanent',
    );
  });
});
