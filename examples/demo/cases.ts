import { type Case, generateCases } from '@stadig/case';
import { countyOf, type DateOnly, getMunicipality } from '@stadig/core';
import {
  evaluatePermanence,
  nationalRuleSet,
  type PermanenceVerdict,
  strictRuleSet,
  tenureKinds,
} from '@stadig/housing';

/** The demo's synthetic network: the seed and size `pnpm demo` uses. */
export const demoNetwork = { seed: 2026, count: 2000 } as const;

/**
 * The demo's synthetic cases: deterministic for a given `asOf` (clearly fake names and
 * `Testgatan` addresses; no identity numbers).
 *
 * @param asOf - the day the cases are seen on
 * @returns the parsed cases
 */
export function demoCases(asOf: DateOnly): readonly Case[] {
  return generateCases({ ...demoNetwork, asOf });
}

/** Verdict counts for the outcome homes under the national and the strict definition. */
export interface OutcomeComparison {
  readonly outcomes: number;
  readonly national: Readonly<Record<PermanenceVerdict['verdict'], number>>;
  readonly strict: Readonly<Record<PermanenceVerdict['verdict'], number>>;
  /** Tenure → how many outcomes the two definitions judge differently. */
  readonly disagreements: ReadonlyMap<string, number>;
}

/**
 * Evaluates every outcome home under the national definition (seed 003) and the strict
 * municipal variant, each on the day the household moved in.
 *
 * @param cases - the cases
 * @returns the counts and where the definitions disagree
 */
export function compareOutcomes(cases: readonly Case[]): OutcomeComparison {
  const empty = () => ({ permanent: 0, 'not-permanent': 0, 'needs-assessment': 0 });
  const national = empty();
  const strict = empty();
  const disagreements = new Map<string, number>();
  let outcomes = 0;
  for (const c of cases) {
    if (c.outcome === undefined) continue;
    outcomes++;
    const { solution, date } = c.outcome;
    const a = evaluatePermanence(solution, { asOf: date, ruleSet: nationalRuleSet }).verdict;
    const b = evaluatePermanence(solution, { asOf: date, ruleSet: strictRuleSet }).verdict;
    national[a]++;
    strict[b]++;
    if (a !== b) {
      const key = `${tenureKinds[solution.tenure].en}: national ${a}, strict ${b}`;
      disagreements.set(key, (disagreements.get(key) ?? 0) + 1);
    }
  }
  return { outcomes, national, strict, disagreements };
}

/**
 * The synthetic network in words: how many cases, municipalities and counties, where the
 * cases stand, and the outcome verdicts under two definitions.
 *
 * @param cases - the cases
 * @param comparison - from {@link compareOutcomes}
 * @returns the text
 */
export function renderCases(cases: readonly Case[], comparison: OutcomeComparison): string {
  const municipalities = new Set(cases.map((c) => c.municipality));
  const counties = new Set(cases.map((c) => countyOf(c.municipality).code));
  const protectedIdentity = cases.filter(
    (c) => c.household.survivor.protectedIdentity !== 'none',
  ).length;
  const last = new Map<string, number>();
  for (const c of cases) {
    const e = c.events[c.events.length - 1];
    const key = e === undefined ? '?' : e.type === 'closed' ? `closed: ${e.reason}` : e.type;
    last.set(key, (last.get(key) ?? 0) + 1);
  }
  const largest = [...municipalities]
    .map((m) => [m, cases.filter((c) => c.municipality === m).length] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  const row = (label: string, r: OutcomeComparison['national']) =>
    `    ${label.padEnd(9)} permanent ${r.permanent}, not permanent ${r['not-permanent']}, needs assessment ${r['needs-assessment']}`;
  return `${[
    `  ${cases.length} synthetic cases (seed ${demoNetwork.seed}) in ${municipalities.size} municipalities of ${counties.size} counties;`,
    `  the largest caseload: ${largest ? `${getMunicipality(largest[0]).name} (${largest[1]})` : '–'}. ${protectedIdentity} survivors have protected personal data.`,
    '',
    '  Where the cases stand (last event):',
    ...[...last].sort((a, b) => b[1] - a[1]).map(([k, n]) => `    ${k.padEnd(42)} ${n}`),
    '',
    `  The ${comparison.outcomes} homes moved into, judged on the move-in day:`,
    row('national', comparison.national),
    row('strict', comparison.strict),
    '  Where the definitions disagree:',
    ...[...comparison.disagreements].sort((a, b) => b[1] - a[1]).map(([k, n]) => `    ${k}: ${n}`),
  ].join('\n')}\n`;
}
