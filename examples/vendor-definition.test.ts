import { nationalRuleSet, parseRuleSet } from '@stadig/housing';
import { describe, expect, it } from 'vitest';
import { compareVendor, renderVendorComparison, vendorRuleSet } from './vendor-definition';

describe('example: a vendor checks its definition against the national one', () => {
  it('builds a valid rule set from the national one, which is left unchanged', () => {
    expect(parseRuleSet(vendorRuleSet).isOk()).toBe(true);
    expect(vendorRuleSet.rules.map((r) => r.id)).toContain('vendor.pets');
    expect(nationalRuleSet.rules.map((r) => r.id)).not.toContain('vendor.pets');
  });

  it('finds where the definitions disagree, and every count adds up', () => {
    const { comparison } = compareVendor(500);
    expect(comparison.total).toBe(500);
    expect(comparison.agreements + comparison.disagreements).toBe(500);
    expect(comparison.disagreements).toBeGreaterThan(0);
    expect(comparison.pairs.reduce((sum, p) => sum + p.count, 0)).toBe(500);
  });

  it('explains each disagreement by the rules that decided it, with no address', () => {
    const text = renderVendorComparison();
    expect(text).toMatch(/Over 2000 generated solutions: agree on \d+, disagree on \d+\./);
    expect(text).toMatch(/vendor\.pets \(Pets are not allowed\.\)/);
    expect(text).not.toMatch(/gatan|vägen|\d{3} \d{2}/i);
  });
});
