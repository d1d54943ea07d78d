import type { DateOnly, LocalizedText } from '@stadig/core';
import { match } from 'ts-pattern';
import type { Facts, MissingFact, RuleDecision } from '../../rules/Rule';
import type { HousingSolution } from '../../solution/housingSolutionSchema';
import { type TenureKind, tenureKinds } from '../../solution/vocabulary';
import { cite } from '../citations';

/** The national rules are in effect from the start of the assignment (seed 003, line 16). */
export const NATIONAL_FROM = '2021-06-03' as DateOnly;

/** Seed 003, line 12: the definition, and its example of a sublease shorter than one year. */
export const DEFINITION = cite('003', 12, 'långsiktig lösning av boendesituationen');
export const SUBLEASE_EXAMPLE = cite(
  '003',
  12,
  'andrahandskontrakt som är på kortare tid än ett år',
);

export const notApplicable: RuleDecision = { outcome: 'not-applicable' };

/**
 * How the national baseline reads a tenure: `temporary` (never permanent), `ownership`
 * (no term), `rented` (a contract whose term counts, asked for when missing),
 * `open-question` (a term counts when given), `held` (read the tenure held instead).
 * A new tenure kind breaks the build here.
 */
export type Reading = 'temporary' | 'ownership' | 'rented' | 'open-question' | 'held';

const readingOf = (kind: TenureKind): Reading =>
  match(kind)
    .with(
      'sheltered-housing',
      'temporary-housing',
      'emergency-apartment',
      () => 'temporary' as const,
    )
    .with('tenant-owned', 'owned', () => 'ownership' as const)
    .with('first-hand-lease', 'sublease', 'social-contract', 'lodger', () => 'rented' as const)
    .with('with-relatives', 'special-housing', 'other', () => 'open-question' as const)
    .with('staying-in-home', () => 'held' as const)
    .exhaustive();

/** The reading of every tenure kind, computed once. */
export const readings = /* @__PURE__ */ (() => {
  const table = {} as Record<TenureKind, Reading>;
  for (const kind of Object.keys(tenureKinds) as TenureKind[]) table[kind] = readingOf(kind);
  return table;
})();

/** The tenures read one of these ways. */
/*@__NO_SIDE_EFFECTS__*/
export function readAs(...wanted: Reading[]): TenureKind[] {
  return (Object.keys(readings) as TenureKind[]).filter((kind) => wanted.includes(readings[kind]));
}

/** The tenure facts every national reason carries. */
export function tenureFacts(s: HousingSolution): Facts {
  return s.heldTenure === undefined
    ? { tenure: s.tenure }
    : { tenure: s.tenure, heldTenure: s.heldTenure };
}

/**
 * A decide function for decisions whose only facts are the tenure: each decision is
 * built once per tenure (and tenure held) and shared, frozen, by every verdict.
 */
/*@__NO_SIDE_EFFECTS__*/
export function perTenure(
  build: (facts: Facts) => RuleDecision,
): (s: HousingSolution) => RuleDecision {
  const built = new Map<string, RuleDecision>();
  return (s) => {
    const key = s.heldTenure === undefined ? s.tenure : `${s.tenure}:${s.heldTenure}`;
    let decision = built.get(key);
    if (decision === undefined) {
      decision = deepFreeze(build(tenureFacts(s)));
      built.set(key, decision);
    }
    return decision;
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The tenure facts and one more. */
export function tenureFactsWith(
  s: HousingSolution,
  key: string,
  value: string | number | null,
): Facts {
  return s.heldTenure === undefined
    ? { tenure: s.tenure, [key]: value }
    : { tenure: s.tenure, heldTenure: s.heldTenure, [key]: value };
}

/** The tenure facts and the contract's dates. */
export function termFacts(s: HousingSolution, start: string, end: string | null): Facts {
  return s.heldTenure === undefined
    ? { tenure: s.tenure, start, end }
    : { tenure: s.tenure, heldTenure: s.heldTenure, start, end };
}

/** An `unsettled` decision with one question. */
export function unsettled(text: LocalizedText, facts: Facts, question: MissingFact): RuleDecision {
  return { outcome: 'unsettled', text, facts, missing: [question] };
}
