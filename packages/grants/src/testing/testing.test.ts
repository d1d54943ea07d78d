import { resolveMunicipality } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessActivity } from '../eligibility/assessActivity';
import { assessUsage } from '../usage/assessUsage';
import { grantYears } from '../years/grantYears';
import { arbGrantApplication, arbGrantTableText, arbUsageReport } from './index';

describe('properties', () => {
  it('arbGrantApplication gives applications with a request no larger than their costs, eligible-only when asked', () => {
    fc.assert(
      fc.property(arbGrantApplication({ year: 2022, eligibleOnly: true }), (a) => {
        const costs = a.activities.reduce((s, x) => s + x.salaryCosts + x.otherCosts, 0);
        expect(a.requested).toBeLessThanOrEqual(costs);
        expect(resolveMunicipality(a.municipalityCode).status).toBe('exact');
        for (const x of a.activities) {
          expect(assessActivity(x, grantYears[2022].costWindow).eligible).toBe(true);
        }
      }),
    );
  });
  it('arbUsageReport gives reports assessUsage accepts', () => {
    fc.assert(
      fc.property(arbUsageReport(), (r) => {
        expect(assessUsage(r).isOk()).toBe(true);
      }),
    );
  });
  it('arbGrantTableText gives tables with one line per row after the header', () => {
    fc.assert(
      fc.property(arbGrantTableText(), (t) => {
        expect(t.text.trim().split(/\r?\n/)).toHaveLength(t.rows + 1);
      }),
    );
  });
});
