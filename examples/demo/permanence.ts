import { type DateOnly, parseDateOnly } from '@stadig/core';
import {
  compareRuleSets,
  evaluatePermanence,
  type HousingSolution,
  nationalRuleSet,
  type PermanenceVerdict,
  parseHousingSolution,
  strictRuleSet,
} from '@stadig/housing';
import { arbHousingSolution } from '@stadig/housing/testing';
import fc from 'fast-check';

/** Synthetic housing solutions, one of each kind a caseworker meets (no real addresses). */
const examples: readonly [string, unknown][] = [
  [
    'First-hand lease, open-ended',
    { tenure: 'first-hand-lease', contract: { start: '2026-03-01' }, municipality: '2080' },
  ],
  [
    'Sublease for eleven months',
    {
      tenure: 'sublease',
      contract: { start: '2026-01-01', end: '2026-11-30' },
      municipality: '0180',
    },
  ],
  [
    'Sublease for exactly one year',
    {
      tenure: 'sublease',
      contract: { start: '2026-01-01', end: '2026-12-31' },
      municipality: '0180',
    },
  ],
  [
    'Social contract, takeover after 12 months',
    {
      tenure: 'social-contract',
      contract: { start: '2026-02-01', takeover: { afterMonths: 12 } },
      municipality: '2062',
    },
  ],
  [
    'Social contract, no takeover clause',
    { tenure: 'social-contract', contract: { start: '2026-02-01' }, municipality: '2062' },
  ],
  [
    'Emergency apartment',
    {
      tenure: 'emergency-apartment',
      contract: { start: '2026-05-01', end: '2026-08-31' },
      municipality: '1480',
    },
  ],
  [
    'Tenant-owned flat (bostadsrätt)',
    { tenure: 'tenant-owned', municipality: '1280', address: 'Exempelgatan 1' },
  ],
  [
    'Lodger (inneboende)',
    { tenure: 'lodger', contract: { start: '2026-04-01' }, municipality: '0380' },
  ],
];

const why = (v: PermanenceVerdict): string =>
  v.verdict === 'needs-assessment'
    ? `asks: ${v.missing[0].question.en}`
    : (v.reasons.find((r) => r.outcome !== 'pass') ?? v.reasons[0]).text.en;

/**
 * Verdicts for a handful of synthetic solutions under the national baseline (seed 003)
 * and the strict municipal variant, where they disagree, and a comparison of the two
 * definitions over 2 000 generated solutions.
 */
export function renderPermanence(asOfText: string): string {
  const asOf = parseDateOnly(asOfText)._unsafeUnwrap();
  const out = [
    `  As of ${asOf}; national = ${nationalRuleSet.id} v${nationalRuleSet.version}, strict = ${strictRuleSet.id} v${strictRuleSet.version}`,
    '',
  ];
  for (const [label, input] of examples) {
    const parsed = parseHousingSolution(input);
    if (parsed.isErr()) {
      out.push(`  ${label}: invalid (${parsed.error.map((e) => e.code).join(', ')})`);
      continue;
    }
    const national = evaluatePermanence(parsed.value, { asOf, ruleSet: nationalRuleSet });
    const strict = evaluatePermanence(parsed.value, { asOf, ruleSet: strictRuleSet });
    const differ = national.verdict === strict.verdict ? '' : '   ≠ the definitions disagree';
    out.push(`  ${label}`, `    national: ${national.verdict.padEnd(16)} ${why(national)}`);
    out.push(`    strict:   ${strict.verdict.padEnd(16)} ${why(strict)}${differ}`);
  }
  return `${[...out, '', compareGenerated(asOf)].join('\n')}\n`;
}

function compareGenerated(asOf: DateOnly): string {
  const solutions: HousingSolution[] = fc.sample(arbHousingSolution({ asOf }), {
    numRuns: 2000,
    seed: 2026,
  });
  const c = compareRuleSets(nationalRuleSet, strictRuleSet, solutions, { asOf });
  const lines = c.pairs
    .filter((p) => p.a !== p.b)
    .map((p) => `    national ${p.a} → strict ${p.b}: ${p.count}`);
  return [
    `  Over ${c.total} generated solutions the two definitions agree on ${c.agreements} and disagree on ${c.disagreements}:`,
    ...lines,
  ].join('\n');
}
