import type { Money } from '@stadig/core';
import { arbMunicipalityCode } from '@stadig/core/testing';
import fc from 'fast-check';
import { activityCategoryIds } from '../categories/activityCategories';
import type { UsageReport } from '../usage/UsageReport';
import type { UnusedReason } from '../usage/unusedReasons';

/**
 * Generates consistent {@link UsageReport}s: used at most what was granted (split over
 * 0–4 lines of salary and other costs), reasons only when something is unused, 0–2
 * clawbacks, and a repayment from nothing to everything due.
 *
 * @returns an arbitrary of usage reports that `assessUsage` accepts
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbUsageReport(), (r) => assessUsage(r).isOk()));
 * ```
 */
export function arbUsageReport(): fc.Arbitrary<UsageReport> {
  const reasons = fc.subarray<UnusedReason>(['time', 'staff', 'other'], { minLength: 1 });
  return fc
    .record({
      granted: fc.integer({ min: 0, max: 2_000_000 }).map((kr) => kr * 100),
      usedShare: fc.oneof(
        fc.constant(1),
        fc.constant(0),
        fc.double({ min: 0, max: 1, noNaN: true }),
      ),
      lines: fc.array(
        fc.record({
          category: fc.constantFrom(...activityCategoryIds),
          weight: fc.nat(100),
          salaryShare: fc.nat(100),
        }),
        { maxLength: 4 },
      ),
      municipalityCode: arbMunicipalityCode(),
      year: fc.constantFrom(2022, 2023),
      reasons,
      clawbacks: fc.array(fc.integer({ min: 1, max: 200_000_00 }), { maxLength: 2 }),
      repaidShare: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map((r): UsageReport => {
      const weights = r.lines.map((l) => l.weight);
      const sumWeights = weights.reduce((a, b) => a + b, 0);
      const target = sumWeights === 0 ? 0 : Math.floor(r.granted * r.usedShare);
      const used = r.lines.map((l) => {
        const amount = Math.floor((target * l.weight) / Math.max(1, sumWeights));
        const salary = Math.floor((amount * l.salaryShare) / 100);
        return { category: l.category, salary: salary as Money, other: (amount - salary) as Money };
      });
      const usedTotal = used.reduce((sum, l) => sum + l.salary + l.other, 0);
      const due = r.granted - usedTotal + r.clawbacks.reduce((a, b) => a + b, 0);
      return {
        municipalityCode: r.municipalityCode,
        year: r.year,
        granted: r.granted as Money,
        used,
        unusedReasons: usedTotal < r.granted ? r.reasons : [],
        clawbacks: r.clawbacks.map((amount) => ({ amount: amount as Money, decided: null })),
        repaid: Math.floor(due * r.repaidShare) as Money,
      };
    });
}
