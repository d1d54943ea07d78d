import type { Money, MunicipalityCode } from '@stadig/core';
import { describe, expect, it } from 'vitest';
import type { GrantApplication } from '../applications/GrantApplication';
import type { ActivityCategory } from '../categories/activityCategories';
import { grantYears } from '../years/grantYears';
import type { AllocationPolicy } from './AllocationPolicy';
import { allocateGrants } from './allocateGrants';
import { capPolicy } from './capPolicy';
import { priorityPolicy } from './priorityPolicy';
import { proRataPolicy } from './proRataPolicy';

const kr = (n: number) => (n * 100) as Money;
const app = (id: string, ...costs: [ActivityCategory, number][]): GrantApplication => {
  const activities = costs.map(([category, cost]) => ({
    category,
    salaryCosts: kr(cost),
    otherCosts: kr(0),
    period: grantYears[2023].costWindow,
    ineligiblePurposes: [],
  }));
  const [first, ...rest] = activities;
  if (first === undefined) throw new Error('an application needs an activity');
  const requested = kr(costs.reduce((s, [, c]) => s + c, 0));
  return {
    id,
    year: 2023,
    municipalityCode: '0180' as MunicipalityCode,
    requested,
    activities: [first, ...rest],
  };
};
const round = (available: number) => ({
  year: grantYears[2023],
  budget: kr(available),
  administration: kr(0),
});
const grantsOf = (apps: GrantApplication[], available: number, policy: AllocationPolicy) =>
  allocateGrants(apps, round(available), policy)
    ._unsafeUnwrap()
    .decisions.map((d) => d.granted / 100);

describe('allocation policies', () => {
  it('priority: cooperation costs are funded first, the rest pro rata with what is left', () => {
    const apps = [
      app('A', ['cooperation-landlords', 500], ['social-contracts', 500]),
      app('B', ['social-contracts', 500]),
    ];
    expect(grantsOf(apps, 600, priorityPolicy())).toEqual([550, 50]);
    expect(grantsOf(apps, 400, priorityPolicy())).toEqual([400, 0]);
    expect(grantsOf(apps, 600, proRataPolicy)).toEqual([400, 200]);
  });
  it('priority takes its categories as a parameter', () => {
    const apps = [app('A', ['cooperation-landlords', 500]), app('B', ['social-contracts', 500])];
    expect(grantsOf(apps, 600, priorityPolicy(['social-contracts']))).toEqual([100, 500]);
  });
  it('cap: no application above the cap; what the cap leaves is not granted', () => {
    const apps = [app('A', ['other', 900_000]), app('B', ['other', 200_000])];
    const allocation = allocateGrants(
      apps,
      round(1_000_000),
      capPolicy(kr(500_000)),
    )._unsafeUnwrap();
    expect(allocation.decisions.map((d) => [d.kind, d.granted / 100])).toEqual([
      ['partial', 500_000],
      ['full', 200_000],
    ]);
    expect(allocation.summary.undistributed).toBe(kr(300_000));
    expect(allocation.decisions[0]?.notGranted.map((p) => p.code)).toEqual(['reduced.cap']);
  });
  it('cap: when even the capped parts do not fit, they are reduced pro rata', () => {
    const apps = [app('A', ['other', 900]), app('B', ['other', 300])];
    expect(grantsOf(apps, 400, capPolicy(kr(500)))).toEqual([250, 150]);
  });
  it('a policy applies only when the eligible parts do not fit', () => {
    const apps = [app('A', ['other', 900]), app('B', ['other', 300])];
    expect(grantsOf(apps, 1200, capPolicy(kr(500)))).toEqual([900, 300]);
  });
  it('a policy that breaks a rule is reported, not trusted', () => {
    const greedy: AllocationPolicy = {
      ...proRataPolicy,
      id: 'greedy',
      allocate: (claims) => claims.map((c) => c.eligible),
    };
    const thrower: AllocationPolicy = {
      ...proRataPolicy,
      id: 'thrower',
      allocate: () => {
        throw new Error('boom');
      },
    };
    const apps = [app('A', ['other', 900]), app('B', ['other', 300])];
    const errors = allocateGrants(apps, round(100), greedy)._unsafeUnwrapErr();
    expect([errors[0].code, errors[0].params]).toEqual([
      'grants.policy-broke-rule',
      { policy: 'greedy', rule: 'at most the available amount' },
    ]);
    expect(allocateGrants(apps, round(100), thrower)._unsafeUnwrapErr()[0].params.rule).toBe(
      'allocate threw',
    );
  });
});
