import { type Case, deriveState } from '@stadig/case';
import { type DateOnly, getMunicipality } from '@stadig/core';
import {
  type Assignment,
  assignMatches,
  type ExchangePlan,
  generateOffers,
  type Offer,
  planExchange,
  prepareCase,
  prepareOffer,
  rankOffers,
  scoreMatch,
} from '@stadig/matching';

/** The synthetic offers of the demo's network. */
export const demoOffers = { seed: 2026, count: 600 } as const;

/** What the matching section computed. */
export interface DemoMatching {
  readonly waiting: readonly Case[];
  readonly offers: readonly Offer[];
  readonly assignment: Assignment;
  readonly plan: ExchangePlan;
  readonly example: { readonly caseId: string; readonly lines: readonly string[] } | undefined;
}

/**
 * Matching and an exchange plan for the cases still waiting for a home (in planning,
 * or with an offer pending): an optimal one-to-one assignment over feasible pairs, and
 * a plan for the households that must leave their municipality that clears through the
 * network's shared ledger (tolerance 2, an empty ledger carried in).
 *
 * @param cases - the demo's cases
 * @param asOf - the day of the assessment
 * @returns the assignment, the plan and one case's ranking explained
 */
export function demoMatching(cases: readonly Case[], asOf: DateOnly): DemoMatching {
  const waiting = cases.filter((c) => {
    const state = deriveState(c.events);
    return (
      state.isOk() && (state.value.state === 'planning' || state.value.state === 'offer-pending')
    );
  });
  const offers = generateOffers({ ...demoOffers, asOf });
  const options = { asOf, allowSteps: ['social-contract' as const] };
  const preparedCases = waiting.map((c) => prepareCase(c, options));
  const preparedOffers = offers.map((o) => prepareOffer(o, options));
  const assignment = assignMatches(preparedCases, preparedOffers);
  const mustLeave = waiting.filter((c) => !c.protection.canStayInHomeMunicipality);
  const plan = planExchange(
    mustLeave.map((c) => prepareCase(c, options)),
    preparedOffers,
    { tolerance: 2, ledger: {} },
  );
  const first = waiting[0];
  const example =
    first === undefined
      ? undefined
      : {
          caseId: first.id,
          lines: rankOffers(prepareCase(first, options), preparedOffers, 3).map((r) => {
            const offer = offers[r.index] as Offer;
            const s = scoreMatch(first, offer, options);
            const parts = s.components.map((c) => `${c.id} ${c.value}`).join(', ');
            return `${offer.id} in ${getMunicipality(offer.dwelling.municipality).name}: ${s.score} (${parts})`;
          }),
        };
  return { waiting, offers, assignment, plan, example };
}

/**
 * The matching section in words: ids, municipalities, scores and reasons only.
 *
 * @param m - from {@link demoMatching}
 * @returns the text
 */
export function renderMatching(m: DemoMatching): string {
  const notPlaced = new Map<string, number>();
  for (const c of m.plan.cases) {
    if (!c.placed) notPlaced.set(c.text.en, (notPlaced.get(c.text.en) ?? 0) + 1);
  }
  const moved = Object.entries(m.plan.ledger).filter(([, v]) => v !== 0);
  const sorted = moved.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const ledger = [...sorted.slice(0, 4), ...sorted.slice(-4)]
    .filter((entry, i, all) => all.indexOf(entry) === i)
    .map(([code, v]) => `${getMunicipality(code as never).name} ${v > 0 ? '+' : ''}${v}`);
  return `${[
    `  ${m.waiting.length} households wait for a home; ${m.offers.length} synthetic offers in the network.`,
    ...(m.example === undefined
      ? []
      : [
          `  The best three offers for ${m.example.caseId} (components add up to the score):`,
          ...m.example.lines.map((l) => `    ${l}`),
        ]),
    '',
    `  Optimal assignment: ${m.assignment.pairs.length} households matched, total score ${m.assignment.totalScore}; ${m.assignment.unassigned.length} without a feasible offer left.`,
    '',
    `  Exchange plan for the ${m.plan.cases.length} households that must leave their municipality (tolerance ${m.plan.tolerance}):`,
    `    placed ${m.plan.placements.length}, through the shared ledger (no two-way swaps)`,
    ...[...notPlaced].map(([why, n]) => `    ${why} (${n})`),
    `    ledger after the plan (received − sent), ${moved.length} municipalities moved; the extremes: ${ledger.join(', ') || 'all zero'}`,
  ].join('\n')}\n`;
}
