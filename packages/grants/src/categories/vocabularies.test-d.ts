import { describe, expectTypeOf, it } from 'vitest';
import type { DecisionKind } from '../allocation/GrantDecision';
import type { UnusedReason, UsageStatus } from '../usage/unusedReasons';
import type { ActivityCategory } from './activityCategories';
import type { IneligiblePurpose } from './ineligiblePurposes';

describe('the public unions', () => {
  it('decision kinds are full, partial and rejected', () => {
    expectTypeOf<DecisionKind>().toEqualTypeOf<'full' | 'partial' | 'rejected'>();
  });
  it('activity categories are the closed vocabulary of the table', () => {
    expectTypeOf<ActivityCategory>().toEqualTypeOf<
      | 'cooperation-landlords'
      | 'cooperation-municipalities-in-county'
      | 'cooperation-municipalities-outside-county'
      | 'cooperation-within-municipality'
      | 'cooperation-agencies'
      | 'cooperation-civil-society'
      | 'social-contracts'
      | 'housing-queue-priority'
      | 'housing-search-support'
      | 'perpetrator-move'
      | 'mapping-and-analysis'
      | 'competence-development'
      | 'other'
    >();
    expectTypeOf<'emergency-apartments'>().not.toExtend<ActivityCategory>();
  });
  it('ineligible purposes, unused reasons and usage statuses are closed too', () => {
    expectTypeOf<IneligiblePurpose>().toEqualTypeOf<
      'preventive-work' | 'emergency-apartments' | 'support-to-individuals' | 'statutory-duty'
    >();
    expectTypeOf<UnusedReason>().toEqualTypeOf<'time' | 'staff' | 'other'>();
    expectTypeOf<UsageStatus>().toEqualTypeOf<'fully-used' | 'repaying' | 'clawback' | 'repaid'>();
  });
});
