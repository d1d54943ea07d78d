/**
 * Example: a vendor checks its own definition of permanent housing against the national
 * one. The vendor's rules (a pets rule and an 18-month takeover for social contracts,
 * composed from the national rule set) are compared with the national baseline
 * (seed 003) over 2 000 generated housing solutions, and the disagreements are listed
 * with one example each, explained by the rules that decided them.
 *
 * Run it: `node --conditions=@stadig/source --import tsx examples/vendor-definition.ts`
 */
import type { DateOnly } from '@stadig/core';
import {
  compareRuleSets,
  evaluatePermanence,
  extendRuleSet,
  type HousingSolution,
  nationalRuleSet,
  type Rule,
  type RuleSet,
  socialContractTakeoverRule,
  tenureKinds,
} from '@stadig/housing';
import { arbHousingSolution } from '@stadig/housing/testing';
import fc from 'fast-check';

const asOf = '2026-01-15' as DateOnly;

/** The vendor's own rule: a home where pets are not allowed is not permanent for this vendor. */
const petsRule: Rule = {
  id: 'vendor.pets',
  title: { sv: 'Husdjur tillåtna', en: 'Pets allowed' },
  sources: [{ seed: 'Exempelleverantören AB, definition 2026', place: '§ 2' }],
  effectiveFrom: '2026-01-01' as DateOnly,
  decide: (s) =>
    s.petsAllowed === false
      ? {
          outcome: 'fail',
          text: { sv: 'Husdjur är inte tillåtna.', en: 'Pets are not allowed.' },
          facts: { petsAllowed: false },
        }
      : { outcome: 'not-applicable' },
};

/** The vendor's definition: the national rules, the takeover after 18 months, and pets. */
export const vendorRuleSet = extendRuleSet(nationalRuleSet, {
  id: 'vendor',
  version: '2026.1',
  override: { 'national.social-contract': socialContractTakeoverRule(18) },
  add: [petsRule],
})._unsafeUnwrap();

/** Compares the vendor's definition with the national one over generated solutions. */
export function compareVendor(count = 2000) {
  const solutions: HousingSolution[] = fc.sample(arbHousingSolution({ asOf }), {
    numRuns: count,
    seed: 42,
  });
  const comparison = compareRuleSets(nationalRuleSet, vendorRuleSet, solutions, {
    asOf,
    maxExamples: 1,
  });
  return { solutions, comparison };
}

/** The comparison in words, with the deciding rule of one example per disagreement. */
export function renderVendorComparison(): string {
  const { solutions, comparison } = compareVendor();
  const lines = [
    `${vendorRuleSet.id} v${vendorRuleSet.version} vs ${nationalRuleSet.id} v${nationalRuleSet.version}, as of ${asOf}`,
    `Over ${comparison.total} generated solutions: agree on ${comparison.agreements}, disagree on ${comparison.disagreements}.`,
  ];
  for (const pair of comparison.pairs.filter((p) => p.a !== p.b)) {
    lines.push(`  national ${pair.a} → vendor ${pair.b}: ${pair.count}`);
    const example = solutions[pair.examples[0] ?? -1];
    if (example === undefined) continue;
    const why = (ruleSet: RuleSet) =>
      evaluatePermanence(example, { asOf, ruleSet })
        .reasons.filter((r) => r.outcome !== 'pass')
        .map((r) => `${r.rule} (${r.text.en})`)
        .join('; ') || 'every rule passes';
    lines.push(
      `    e.g. ${tenureKinds[example.tenure].en}`,
      `      national: ${why(nationalRuleSet)}`,
      `      vendor:   ${why(vendorRuleSet)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(renderVendorComparison());
