/**
 * Definition engine throughput: `evaluatePermanence` with the national baseline against
 * the same rules written for json-rules-engine (bench/permanence-json-rules-engine.ts),
 * over 10 000 valid housing solutions generated deterministically (a seeded fast-check
 * sample). Before timing, the check makes sure both give the same verdict, and name the
 * same rules, for every solution. Targets: ≥ 1 000 000 evaluations/s and ≥ 20× the
 * engine (json-rules-engine runs in a worker; each timed call waits for the whole batch).
 */
import { parseDateOnly } from '@stadig/core';
import { evaluatePermanence, nationalRuleSet } from '@stadig/housing';
import { arbHousingSolution } from '@stadig/housing/testing';
import fc from 'fast-check';
import { defineBench } from './harness';
import { startJreWorker } from './permanence-json-rules-engine';

const asOf = parseDateOnly('2026-01-01')._unsafeUnwrap();
const solutions = fc.sample(arbHousingSolution({ asOf }), { numRuns: 10_000, seed: 20_260_101 });
const withoutAddresses = JSON.stringify(solutions.map(({ address: _, ...rest }) => rest));
const jre = await startJreWorker(withoutAddresses, asOf);
const options = { asOf, ruleSet: nationalRuleSet } as const;

/** Every solution on which the two disagree, on the verdict or on the rules that spoke. */
function disagreements(): string[] {
  const theirs = jre.verdicts();
  return solutions.flatMap((solution, i) => {
    const ours = evaluatePermanence(solution, options);
    const rules = [...new Set(ours.reasons.map((r) => r.rule))].sort().join(' ');
    const other = theirs[i];
    const same =
      other !== undefined &&
      other.verdict === ours.verdict &&
      [...other.rules].sort().join(' ') === rules;
    return same
      ? []
      : [
          `#${i} ${solution.tenure}: ${ours.verdict} [${rules}] vs ${other?.verdict} [${other?.rules.join(' ')}]`,
        ];
  });
}

export default defineBench({
  name: 'evaluate-permanence',
  description:
    'evaluatePermanence (national baseline) vs the same rules in json-rules-engine, 10 000 solutions',
  baseline: { name: 'json-rules-engine', fn: () => jre.run() },
  candidates: [
    {
      name: 'evaluatePermanence',
      fn: () => {
        let permanent = 0;
        for (const solution of solutions) {
          if (evaluatePermanence(solution, options).verdict === 'permanent') permanent++;
        }
        return permanent;
      },
    },
  ],
  opsPerCall: solutions.length,
  unit: 'evaluations',
  targetRatio: 20,
  targetOpsPerSecond: 1_000_000,
  check: () => {
    const problems = disagreements();
    return problems.length > 0
      ? [`${problems.length} disagreements`, ...problems.slice(0, 10)]
      : [];
  },
});
