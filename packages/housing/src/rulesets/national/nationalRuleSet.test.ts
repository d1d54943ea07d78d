import { parseDateOnly } from '@stadig/core';
import { describe, expect, it } from 'vitest';
import { evaluatePermanence } from '../../rules/evaluatePermanence';
import type { PermanenceVerdict } from '../../rules/Verdict';
import { type HousingSolutionInput, parseHousingSolution } from '../../solution';
import { extendedRuleSet } from '../extended/extendedRuleSet';
import { strictRuleSet } from '../strictRuleSet';
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

describe('national baseline: subleases and the one-year floor (seed 003)', () => {
  it("seed 003, line 12 ('… andrahandskontrakt som är på kortare tid än ett år'): a sublease 2024-03-01 to 2025-02-27 is not permanent", () => {
    const v = judge({ tenure: 'sublease', contract: { start: '2024-03-01', end: '2025-02-27' } });
    expect(v.verdict).toBe('not-permanent');
    expect(rules(v)).toEqual(['national.one-year-term:fail']);
    expect(v.reasons[0]?.facts).toEqual({
      tenure: 'sublease',
      start: '2024-03-01',
      end: '2025-02-27',
    });
  });

  it('seed 003, line 12: a sublease 2024-03-01 to 2025-02-28 (end inclusive) is exactly one year, so not shorter: it needs assessment', () => {
    const v = judge({ tenure: 'sublease', contract: { start: '2024-03-01', end: '2025-02-28' } });
    expect(v.verdict).toBe('needs-assessment');
    expect(rules(v)).toEqual(['national.one-year-term:pass', 'national.sublease:unsettled']);
    expect(questions(v)).toEqual(['sublease.long-term']);
  });

  it('seed 003, line 12 with lag 1930:173 1 §: from 2024-02-29 the year ends 2025-02-28, so a term to 2025-02-27 is a full year and one to 2025-02-26 is shorter', () => {
    const full = judge({
      tenure: 'sublease',
      contract: { start: '2024-02-29', end: '2025-02-27' },
    });
    const short = judge({
      tenure: 'sublease',
      contract: { start: '2024-02-29', end: '2025-02-26' },
    });
    expect(full.verdict).toBe('needs-assessment');
    expect(short.verdict).toBe('not-permanent');
  });

  it('seed 003, line 12: an open-ended sublease is not settled by the example; it asks whether it is long-term', () => {
    const v = judge({ tenure: 'sublease', contract: { start: '2024-03-01' } });
    expect(v.verdict).toBe('needs-assessment');
    expect(v.verdict === 'needs-assessment' && v.missing[0].question.en).toMatch(
      /take over the lease/,
    );
  });

  it('seed 003, line 12: a sublease without contract dates asks for them, and whether it is long-term', () => {
    const v = judge({ tenure: 'sublease' });
    expect(v.verdict).toBe('needs-assessment');
    expect(questions(v)).toEqual(['contract', 'sublease.long-term']);
  });

  it('seed 003, line 12 (the floor read for every rented form): a first-hand lease of six months is not permanent', () => {
    const v = judge({
      tenure: 'first-hand-lease',
      contract: { start: '2025-01-01', end: '2025-06-30' },
    });
    expect(v.verdict).toBe('not-permanent');
    expect(rules(v)).toEqual(['national.one-year-term:fail']);
  });

  it('seed 003, line 12: a lodger agreement of three months is not permanent; an open-ended one needs assessment', () => {
    expect(
      judge({ tenure: 'lodger', contract: { start: '2025-01-01', end: '2025-03-31' } }).verdict,
    ).toBe('not-permanent');
    const open = judge({ tenure: 'lodger', contract: { start: '2025-01-01' } });
    expect(open.verdict).toBe('needs-assessment');
    expect(questions(open)).toEqual(['lodger.long-term']);
  });
});

describe('national baseline: temporary forms are never permanent (seeds 000, 001, 003, 004)', () => {
  it("seed 003, line 3 ('… har bott i ett skyddat boende att sedan ordna …'): sheltered housing is not permanent, even with an open-ended contract", () => {
    const v = judge({ tenure: 'sheltered-housing', contract: { start: '2024-01-01' } });
    expect(v.verdict).toBe('not-permanent');
    expect(rules(v)).toEqual(['national.temporary-forms:fail']);
  });

  it("seed 000, line 13 ('… skyddat boende eller annat tillfälligt boende'): temporary housing (hotel, hostel) is not permanent", () => {
    expect(judge({ tenure: 'temporary-housing' }).verdict).toBe('not-permanent');
  });

  it("seed 001, line 87 ('… under en tidsbegränsad period'): an emergency apartment is not permanent, whatever its term", () => {
    const v = judge({
      tenure: 'emergency-apartment',
      contract: { start: '2024-01-01', end: '2027-12-31' },
    });
    expect(v.verdict).toBe('not-permanent');
    expect(v.reasons[0]?.text.sv).toContain('jourlägenheter');
  });

  it("seed 004, line 226 ('… jourlägenheter …'): an emergency apartment stays not permanent under the strict and extended variants", () => {
    const solution = parseHousingSolution({
      ...place,
      tenure: 'emergency-apartment',
    })._unsafeUnwrap();
    for (const ruleSet of [strictRuleSet, extendedRuleSet]) {
      expect(evaluatePermanence(solution, { asOf, ruleSet }).verdict).toBe('not-permanent');
    }
  });
});

describe('national baseline: leases and ownership (seeds 001, 003, 004)', () => {
  it("seed 001, line 87 ('… förstahandskontrakt och därmed ett stadigvarande boende'): an open-ended first-hand lease is permanent", () => {
    const v = judge({
      tenure: 'first-hand-lease',
      contract: { start: '2024-03-01', noticePeriodMonths: 3 },
    });
    expect(v.verdict).toBe('permanent');
    expect(rules(v)).toEqual(['national.one-year-term:pass', 'national.first-hand-lease:pass']);
  });

  it("seed 004, line 329 ('… mer permanenta boendelösningar, exempelvis förstahandskontrakt …'): a two-year fixed-term first-hand lease asks whether it will be extended", () => {
    const v = judge({
      tenure: 'first-hand-lease',
      contract: { start: '2025-01-01', end: '2026-12-31', renewal: 'by-agreement' },
    });
    expect(v.verdict).toBe('needs-assessment');
    expect(questions(v)).toEqual(['contract.extension']);
    expect(v.reasons[1]?.facts).toMatchObject({ renewal: 'by-agreement' });
  });

  it("seed 003, line 12 ('… långsiktig lösning av boendesituationen …'): a tenant-owned flat is permanent", () => {
    expect(rules(judge({ tenure: 'tenant-owned' }))).toEqual(['national.ownership:pass']);
  });

  it('seed 003, line 12: an owned home is permanent without any contract', () => {
    expect(judge({ tenure: 'owned' }).verdict).toBe('permanent');
  });
});
