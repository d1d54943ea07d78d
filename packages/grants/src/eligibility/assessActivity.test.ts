import type { Money, Period } from '@stadig/core';
import { describe, expect, it } from 'vitest';
import type { GrantActivity } from '../applications/GrantApplication';
import { grantYears } from '../years/grantYears';
import { assessActivity } from './assessActivity';

const activity = (over: Partial<GrantActivity> = {}): GrantActivity => ({
  category: 'cooperation-landlords',
  salaryCosts: 10_000_050 as Money,
  otherCosts: 0 as Money,
  period: { from: '2023-03-01', to: '2023-10-31' } as Period,
  ineligiblePurposes: [],
  ...over,
});
const window2023 = grantYears[2023].costWindow;
const window2022 = grantYears[2022].costWindow;

describe('assessActivity', () => {
  it('funds an eligible category within the window, in whole kronor rounded down', () => {
    const result = assessActivity(activity(), window2023);
    expect(result.eligible).toBe(true);
    expect(result.cost).toBe(10_000_050);
    expect(result.eligibleCost).toBe(10_000_000);
    expect(result.reasons.map((r) => r.code)).toEqual(['eligible.category']);
  });
  it('says "other" is eligible case by case', () => {
    expect(assessActivity(activity({ category: 'other' }), window2023).reasons[0]?.code).toBe(
      'eligible.case-by-case',
    );
  });
  it('never funds emergency apartments, preventive work or support to individuals (seed 004, line 226), listing each', () => {
    const result = assessActivity(
      activity({ ineligiblePurposes: ['emergency-apartments', 'support-to-individuals'] }),
      window2023,
    );
    expect(result.eligible).toBe(false);
    expect(result.eligibleCost).toBe(0);
    expect(result.reasons.map((r) => r.code)).toEqual([
      'ineligible.emergency-apartments',
      'ineligible.support-to-individuals',
    ]);
  });
  it('never funds tasks the municipality must do by law (SFS 2022:1416)', () => {
    const result = assessActivity(activity({ ineligiblePurposes: ['statutory-duty'] }), window2023);
    expect(result.reasons[0]?.source?.document).toBe('SFS 2022:1416');
  });
  it('2022 costs count only from 2022-07-07 (seed 004, line 186)', () => {
    const july = activity({ period: { from: '2022-07-07', to: '2022-12-31' } as Period });
    const june = activity({ period: { from: '2022-06-30', to: '2022-12-31' } as Period });
    expect(assessActivity(july, window2022).eligible).toBe(true);
    expect(assessActivity(june, window2022).reasons.map((r) => r.code)).toEqual([
      'ineligible.outside-cost-window',
    ]);
  });
  it('an open-ended activity is not within any window', () => {
    const open = activity({ period: { from: '2023-01-01' } as Period });
    expect(assessActivity(open, window2023).eligible).toBe(false);
  });
});
