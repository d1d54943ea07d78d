import type { Money } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GrantApplication } from '../applications/GrantApplication';
import { arbGrantApplication } from '../testing/arbGrantApplication';
import { grantYears } from '../years/grantYears';
import type { AllocationPolicy } from './AllocationPolicy';
import { allocateGrants } from './allocateGrants';
import { capPolicy } from './capPolicy';
import { priorityPolicy } from './priorityPolicy';
import { proRataPolicy } from './proRataPolicy';

const arbApplications = fc
  .array(arbGrantApplication({ maxKronor: 400_000 }), { minLength: 1, maxLength: 8 })
  .map((apps) => apps.map((a, i) => ({ ...a, id: `A${i}` })));
const arbAvailable = fc.integer({ min: 0, max: 3_000_000 }).map((kr) => (kr * 100) as Money);
const arbPolicy = fc.constantFrom<AllocationPolicy>(
  proRataPolicy,
  priorityPolicy(),
  capPolicy((150_000 * 100) as Money),
);
const allocate = (apps: readonly GrantApplication[], available: Money, policy: AllocationPolicy) =>
  allocateGrants(
    apps,
    { year: grantYears[2023], budget: available, administration: 0 as Money },
    policy,
  )._unsafeUnwrap();

describe('properties', () => {
  it('nothing is granted beyond the available amount or beyond any application’s eligible part', () => {
    fc.assert(
      fc.property(arbApplications, arbAvailable, arbPolicy, (apps, available, policy) => {
        const { decisions, summary } = allocate(apps, available, policy);
        expect(summary.granted).toBeLessThanOrEqual(available);
        for (const d of decisions) {
          expect(d.granted).toBeLessThanOrEqual(d.eligible);
          expect(d.eligible).toBeLessThanOrEqual(d.requested);
          expect(d.granted % 100).toBe(0);
        }
      }),
    );
  });
  it('the parts add up exactly: activities to the grant, grants to the total, granted + not granted to the request', () => {
    fc.assert(
      fc.property(arbApplications, arbAvailable, arbPolicy, (apps, available, policy) => {
        const { decisions, summary } = allocate(apps, available, policy);
        for (const d of decisions) {
          expect(d.activities.reduce((s, a) => s + a.granted, 0)).toBe(d.granted);
          expect(d.notGranted.reduce((s, p) => s + p.amount, 0) + d.granted).toBe(d.requested);
        }
        expect(decisions.reduce((s, d) => s + d.granted, 0)).toBe(summary.granted);
        expect(summary.notGrantedByReason.reduce((s, p) => s + p.amount, 0)).toBe(
          summary.notGranted,
        );
        expect(summary.granted + summary.undistributed).toBe(summary.available);
        if (summary.policyApplied && policy.id !== 'cap') expect(summary.granted).toBe(available);
        if (!summary.policyApplied) expect(summary.granted).toBe(summary.eligible);
      }),
    );
  });
  it('raising the budget never lowers any grant', () => {
    fc.assert(
      fc.property(
        arbApplications,
        arbAvailable,
        fc.nat({ max: 1000 }),
        arbPolicy,
        (apps, available, more, policy) => {
          const low = allocate(apps, available, policy).decisions;
          const high = allocate(apps, (available + more * 100) as Money, policy).decisions;
          low.forEach((d, i) => {
            expect(high[i]?.granted).toBeGreaterThanOrEqual(d.granted);
          });
        },
      ),
    );
  });
  it('raising the budget never lowers any grant, by a krona at a time over small claims (where largest remainder would)', () => {
    const small = fc
      .array(arbGrantApplication({ maxKronor: 20, eligibleOnly: true }), {
        minLength: 3,
        maxLength: 8,
      })
      .map((apps) => apps.map((a, i) => ({ ...a, id: `S${i}` })));
    fc.assert(
      fc.property(
        small,
        fc.nat({ max: 100 }),
        fc.integer({ min: 1, max: 3 }),
        arbPolicy,
        (apps, kronor, more, policy) => {
          const low = allocate(apps, (kronor * 100) as Money, policy).decisions;
          const high = allocate(apps, ((kronor + more) * 100) as Money, policy).decisions;
          low.forEach((d, i) => {
            expect(high[i]?.granted).toBeGreaterThanOrEqual(d.granted);
          });
        },
      ),
    );
  });
  it('identical applications get amounts within 1 kr of each other', () => {
    fc.assert(
      fc.property(
        arbApplications,
        arbGrantApplication({ maxKronor: 400_000 }),
        arbAvailable,
        arbPolicy,
        (apps, twin, available, policy) => {
          const all = [{ ...twin, id: 'T1' }, ...apps, { ...twin, id: 'T2' }];
          const decisions = allocate(all, available, policy).decisions;
          expect(
            Math.abs((decisions[0]?.granted ?? 0) - (decisions.at(-1)?.granted ?? 0)),
          ).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
  it('ineligible costs are never funded', () => {
    fc.assert(
      fc.property(arbApplications, arbAvailable, arbPolicy, (apps, available, policy) => {
        for (const d of allocate(apps, available, policy).decisions) {
          for (const a of d.activities) {
            if (!a.eligible) expect(a.granted).toBe(0);
            expect(a.granted).toBeLessThanOrEqual(a.eligibleCost);
          }
        }
      }),
    );
  });
  it('allocateGrants never throws for any input', () => {
    fc.assert(
      fc.property(
        fc.array(arbGrantApplication()),
        fc.anything(),
        fc.anything(),
        (apps, budget, admin) => {
          allocateGrants(apps, {
            year: grantYears[2023],
            budget: budget as Money,
            administration: admin as Money,
          });
        },
      ),
    );
  });
});
