import {
  type CountyCode,
  type DateOnly,
  type Money,
  type MunicipalityCode,
  parseDateOnly,
} from '@stadig/core';
import { describe, expect, it } from 'vitest';
import { evaluatePermanence } from '../../rules/evaluatePermanence';
import type { HouseholdContext } from '../../rules/RuleContext';
import { parseHousingSolution } from '../../solution';
import { affordableRentRule } from './affordableRentRule';
import { extendedRuleSet } from './extendedRuleSet';

const asOf = parseDateOnly('2026-01-01')._unsafeUnwrap();
const lease = {
  tenure: 'first-hand-lease',
  municipality: '1480', // Göteborg
  contract: { start: '2025-09-01' },
  rooms: 3,
  rentPerMonth: 850_000,
  address: 'Lindgatan 4',
};
const household: HouseholdContext = {
  composition: {
    adults: [{}],
    children: [{ birthDate: '2016-04-02' as DateOnly }, { birthDate: '2019-08-30' as DateOnly }],
  },
  monthlyIncome: 3_000_000 as Money,
  avoidMunicipalities: ['2080' as MunicipalityCode],
  avoidCounties: ['20' as CountyCode],
};

function judge(changes: Record<string, unknown>, context: HouseholdContext | null = household) {
  const solution = parseHousingSolution({ ...lease, ...changes })._unsafeUnwrap();
  return evaluatePermanence(solution, {
    asOf,
    ruleSet: extendedRuleSet,
    ...(context === null ? {} : { household: context }),
  });
}
const outcome = (v: ReturnType<typeof judge>, rule: string) =>
  v.reasons.find((r) => r.rule === rule)?.outcome;

describe('extended variant: suitability for the household (seeds 001, 002, 003, 004)', () => {
  it("seed 004, line 454 ('… helhetssyn på behoven hos de familjer …'): enough rooms, affordable rent and a safe place make a lease permanent", () => {
    const v = judge({});
    expect(v.verdict).toBe('permanent');
    expect(v.reasons.map((r) => r.rule)).toEqual([
      'national.one-year-term',
      'national.first-hand-lease',
      'extended.avoided-area',
      'extended.enough-rooms',
      'extended.affordable-rent',
    ]);
  });

  it("seed 002, line 92 ('… inte kan vara kvar i kommunen …'): a permanent lease in a municipality the household must avoid is not permanent", () => {
    const v = judge({ municipality: '2080' });
    expect(v.verdict).toBe('not-permanent');
    expect(v.reasons.find((r) => r.rule === 'extended.avoided-area')?.facts).toEqual({
      inAvoidedMunicipality: true,
      inAvoidedCounty: true,
    });
  });

  it("seed 001, line 117 ('… inte kan flyttas hem till hemkommunen'): a home elsewhere in an avoided county fails too, and the facts never name the avoided places", () => {
    const v = judge({ municipality: '2062' });
    expect(outcome(v, 'extended.avoided-area')).toBe('fail');
    expect(JSON.stringify(v)).not.toMatch(/2080|"20"/);
  });

  it('seed 003, line 3 (the child-rights perspective): a one-room flat for a parent and two children is not permanent', () => {
    const v = judge({ rooms: 1 });
    expect(v.verdict).toBe('not-permanent');
    expect(v.reasons.find((r) => r.rule === 'extended.enough-rooms')?.facts).toMatchObject({
      rooms: 1,
      roomsNeeded: 3,
    });
  });

  it("seed 002, line 78 ('… kommunen betalar aldrig hyran, det gör hyresgästen'): a rent above a third of the income is not affordable", () => {
    const v = judge({ rentPerMonth: 1_100_000 });
    expect(outcome(v, 'extended.affordable-rent')).toBe('fail');
    expect(v.reasons.find((r) => r.rule === 'extended.affordable-rent')?.facts).toMatchObject({
      rentShareOfIncomePercent: 37,
      incomeMultiple: 3,
    });
  });

  it("seed 004, line 138 ('Konsekvenser av ekonomiskt våld …'): without the household, extended asks for what it needs instead of guessing", () => {
    const v = judge({}, null);
    expect(v.verdict).toBe('needs-assessment');
    expect(v.verdict === 'needs-assessment' && v.missing.map((m) => m.fact)).toEqual([
      'household.avoid',
      'household.composition',
      'household.monthlyIncome',
    ]);
  });

  it('seed 001, line 83: the income multiple is a parameter; with 2 × rent the same rent is affordable', () => {
    const solution = parseHousingSolution({ ...lease, rentPerMonth: 1_100_000 })._unsafeUnwrap();
    expect(affordableRentRule(2).decide(solution, { asOf, household }).outcome).toBe('pass');
  });

  it('never puts the address in a verdict', () => {
    expect(JSON.stringify(judge({}))).not.toContain('Lindgatan');
  });
});
