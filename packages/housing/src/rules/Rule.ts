import type { DateOnly, LocalizedText, NonEmptyReadonlyArray } from '@stadig/core';
import type { HousingSolution } from '../solution/housingSolutionSchema';
import type { TenureKind } from '../solution/vocabulary';
import type { RuleContext } from './RuleContext';

/**
 * What a rule says about a solution, with its meaning in Swedish and English:
 * `pass` speaks for permanence, `fail` rules it out, `unsettled` needs facts the
 * solution does not hold (a question for the caseworker), `not-applicable` says
 * nothing.
 *
 * @example
 * ```ts
 * ruleOutcomes.unsettled.en;
 * //=> 'cannot be settled from the facts'
 * ```
 */
export const ruleOutcomes = {
  pass: { sv: 'uppfyllt', en: 'met' },
  fail: { sv: 'inte uppfyllt', en: 'not met' },
  unsettled: { sv: 'kan inte avgöras av uppgifterna', en: 'cannot be settled from the facts' },
  'not-applicable': { sv: 'gäller inte', en: 'does not apply' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/**
 * One of the {@link ruleOutcomes}.
 *
 * @example
 * ```ts
 * const outcome: RuleOutcome = 'fail';
 * ```
 */
export type RuleOutcome = keyof typeof ruleOutcomes;

/**
 * The facts a rule used, by name: codes, dates, counts and flags; never an address or
 * other personal text.
 *
 * @example
 * ```ts
 * const facts: Facts = { tenure: 'sublease', start: '2024-03-01', end: '2025-02-27' };
 * ```
 */
export type Facts = Readonly<Record<string, string | number | boolean | null>>;

/**
 * A fact that would settle an `unsettled` rule: its name and the question a caseworker
 * must answer.
 *
 * @example
 * ```ts
 * const missing: MissingFact = { fact: 'solution.rooms', question: { sv: 'Hur många rum?', en: 'How many rooms?' } };
 * ```
 */
export interface MissingFact {
  readonly fact: string;
  readonly question: LocalizedText;
}

/**
 * What a rule decided for one solution: its outcome, a sentence in Swedish and English
 * and the facts used; for `unsettled`, the missing facts.
 *
 * @example
 * ```ts
 * const decision: RuleDecision = { outcome: 'pass', text: { sv: 'Ägd bostad.', en: 'Owned home.' }, facts: { tenure: 'owned' } };
 * ```
 */
export type RuleDecision =
  | { readonly outcome: 'not-applicable' }
  | { readonly outcome: 'pass' | 'fail'; readonly text: LocalizedText; readonly facts: Facts }
  | {
      readonly outcome: 'unsettled';
      readonly text: LocalizedText;
      readonly facts: Facts;
      readonly missing: NonEmptyReadonlyArray<MissingFact>;
    };

/**
 * Where a rule comes from: a document (a seed file name, a law, a municipal decision)
 * and the place of the passage in it.
 *
 * @example
 * ```ts
 * const source: SourceCitation = { seed: '003_f051dfcfe2d478be.txt', place: "line 12 ('I kartläggningen ska …')" };
 * ```
 */
export interface SourceCitation {
  readonly seed: string;
  readonly place: string;
}

/**
 * A rule of a definition of permanent housing: data (id, title, sources, the dates it
 * is in effect, both included) plus a pure function that decides.
 *
 * @example
 * ```ts
 * const noPets: Rule = {
 *   id: 'my.pets',
 *   title: { sv: 'Husdjur tillåtna', en: 'Pets allowed' },
 *   sources: [{ seed: 'Kommunens riktlinjer 2025', place: '§ 4' }],
 *   decide: (s) =>
 *     s.petsAllowed === false
 *       ? { outcome: 'fail', text: { sv: 'Husdjur är inte tillåtna.', en: 'No pets allowed.' }, facts: { petsAllowed: false } }
 *       : { outcome: 'not-applicable' },
 * };
 * ```
 */
export interface Rule {
  readonly id: string;
  readonly title: LocalizedText;
  readonly sources: NonEmptyReadonlyArray<SourceCitation>;
  readonly effectiveFrom?: DateOnly;
  readonly effectiveTo?: DateOnly;
  /**
   * The tenures the rule speaks to, if not all: the engine runs it only for a solution
   * whose tenure, or tenure held when staying in the home, is one of them.
   */
  readonly tenures?: readonly TenureKind[];
  readonly decide: (solution: HousingSolution, context: RuleContext) => RuleDecision;
}
