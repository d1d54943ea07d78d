import type { Money, MunicipalityCode, Period } from '@stadig/core';
import { describe, expect, it } from 'vitest';
import type { GrantActivity, GrantApplication } from '../applications/GrantApplication';
import { grantYears } from '../years/grantYears';
import { allocateGrants } from './allocateGrants';

const kr = (n: number) => (n * 100) as Money;
const period2023 = { from: '2023-01-01', to: '2023-12-31' } as Period;
const activity = (cost: number, over: Partial<GrantActivity> = {}): GrantActivity => ({
  category: 'cooperation-landlords',
  salaryCosts: kr(cost),
  otherCosts: kr(0),
  period: period2023,
  ineligiblePurposes: [],
  ...over,
});
const application = (
  id: string,
  activities: GrantActivity[],
  over: Partial<GrantApplication> = {},
): GrantApplication => {
  const [first = activity(0), ...rest] = activities;
  const total = activities.reduce((s, a) => s + a.salaryCosts + a.otherCosts, 0);
  return {
    id,
    year: 2023,
    municipalityCode: '2080' as MunicipalityCode,
    requested: total as Money,
    activities: [first, ...rest],
    ...over,
  };
};
describe('allocateGrants: decisions and reasons', () => {
  it('funds only the eligible part and says why the rest was not granted', () => {
    const mixed = application('M', [
      activity(400_000),
      activity(100_000, {
        category: 'social-contracts',
        ineligiblePurposes: ['emergency-apartments'],
      }),
    ]);
    const [decision] = allocateGrants([mixed], { year: grantYears[2023] })._unsafeUnwrap()
      .decisions;
    expect(decision?.kind).toBe('partial');
    expect(decision?.granted).toBe(kr(400_000));
    expect(decision?.activities.map((a) => [a.granted, a.reasons.map((r) => r.code)])).toEqual([
      [kr(400_000), ['eligible.category']],
      [0, ['ineligible.emergency-apartments']],
    ]);
    expect(decision?.notGranted.map((p) => [p.code, p.amount])).toEqual([
      ['ineligible.emergency-apartments', kr(100_000)],
    ]);
  });
  it('grants whole kronor: öre of a request are not granted, and the decision is still full', () => {
    const app = application('Ö', [activity(0, { salaryCosts: 10_000_075 as Money })]);
    const [decision] = allocateGrants([app], { year: grantYears[2023] })._unsafeUnwrap().decisions;
    expect([decision?.kind, decision?.granted]).toEqual(['full', 10_000_000]);
    expect(decision?.notGranted.map((p) => [p.code, p.amount])).toEqual([
      ['rounding.whole-kronor', 75],
    ]);
  });
  it('a request below the eligible costs limits the grant, with the reason on each activity', () => {
    const app = application('R', [activity(300_000), activity(100_000)], {
      requested: kr(200_000),
    });
    const [decision] = allocateGrants([app], { year: grantYears[2023] })._unsafeUnwrap().decisions;
    expect([decision?.kind, decision?.granted]).toEqual(['full', kr(200_000)]);
    expect(decision?.activities.map((a) => a.granted)).toEqual([kr(150_000), kr(50_000)]);
    expect(decision?.activities[0].reasons.map((r) => r.code)).toEqual([
      'eligible.category',
      'reduced.request',
    ]);
  });
  it('shares pro rata by default when the eligible requests exceed the available amount', () => {
    const apps = [
      application('A', [activity(600)]),
      application('B', [activity(600)]),
      application('C', [activity(200)]),
    ];
    const { decisions, summary } = allocateGrants(apps, {
      year: grantYears[2023],
      budget: kr(1100),
      administration: kr(100),
    })._unsafeUnwrap();
    expect(decisions.map((d) => [d.kind, d.granted / 100])).toEqual([
      ['partial', 429],
      ['partial', 428],
      ['partial', 143],
    ]);
    expect([summary.policy, summary.policyApplied, summary.granted, summary.undistributed]).toEqual(
      ['pro-rata', true, kr(1000), 0],
    );
    expect(decisions[0]?.activities[0].reasons.map((r) => r.code)).toEqual([
      'eligible.category',
      'reduced.pro-rata',
    ]);
    expect(summary.notGrantedByReason.map((p) => [p.code, p.amount])).toEqual([
      ['reduced.pro-rata', kr(400)],
    ]);
  });
  it('reports a bad round, applications of another year and duplicate ids, each with its path', () => {
    const apps = [application('A', [activity(1)]), application('A', [activity(1)], { year: 2022 })];
    const errors = allocateGrants(apps, {
      year: grantYears[2023],
      budget: 150 as Money,
      administration: kr(10),
    })._unsafeUnwrapErr();
    expect(errors.map((e) => [e.code, e.path.join('.')])).toEqual([
      ['grants.not-whole-kronor', 'budget'],
      ['grants.wrong-year', 'applications.1.year'],
      ['grants.duplicate-application', 'applications.1.id'],
    ]);
    const over = allocateGrants([], {
      year: grantYears[2023],
      budget: kr(1),
      administration: kr(2),
    })._unsafeUnwrapErr();
    expect(over.map((e) => e.code)).toEqual(['grants.administration-exceeds-budget']);
  });
  it('an empty round has no approval rate', () => {
    expect(
      allocateGrants([], { year: grantYears[2023] })._unsafeUnwrap().summary.approvalPercent,
    ).toBeNull();
  });
});
