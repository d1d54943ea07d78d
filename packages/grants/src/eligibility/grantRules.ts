import type { LocalizedText } from '@stadig/core';
import type { SourceRef } from '../sources/SourceRef';
import { seed004 } from '../sources/seed004';

/**
 * The rules of eligibility and allocation that are not a category or an ineligible
 * purpose, with their sv/en explanation and source. (Category reasons come from
 * `activityCategories`, purpose reasons from `ineligiblePurposes`, and a policy's
 * reduction from the policy.)
 *
 * @example
 * ```ts
 * grantRules['reduced.request'].text.en;
 * //=> 'The application asked for less than its eligible costs, so the grant is at most the amount asked for.'
 * ```
 */
export const grantRules = /* @__PURE__ */ (() =>
  ({
    'ineligible.outside-cost-window': {
      text: {
        sv: 'Aktivitetens period ligger inte helt inom bidragsårets period för stödberättigande kostnader (dela upp den, eller stryk delen utanför).',
        en: "The activity's period is not wholly within the grant year's eligible cost window (split it, or leave out the part outside).",
      },
      source: seed004(
        '"En sammanfattning av statsbidraget 2022" (line 186); Sammanfattning (line 90)',
      ),
    },
    'reduced.request': {
      text: {
        sv: 'Ansökan begärde mindre än de stödberättigande kostnaderna, så bidraget är högst det begärda beloppet.',
        en: 'The application asked for less than its eligible costs, so the grant is at most the amount asked for.',
      },
      source: null,
    },
    'rounding.whole-kronor': {
      text: {
        sv: 'Bidrag beviljas i hela kronor; ören beviljas inte.',
        en: 'Grants are given in whole kronor; öre are not granted.',
      },
      source: null,
    },
  }) as const satisfies Record<
    string,
    { readonly text: LocalizedText; readonly source: SourceRef | null }
  >)();

/**
 * A rule id of {@link grantRules}.
 *
 * @example
 * ```ts
 * const code: GrantRuleCode = 'ineligible.outside-cost-window';
 * ```
 */
export type GrantRuleCode = keyof typeof grantRules;
