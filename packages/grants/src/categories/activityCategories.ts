import type { LocalizedText } from '@stadig/core';
import type { SourceRef } from '../sources/SourceRef';
import { seed004 } from '../sources/seed004';

/**
 * How an activity category stands with the grant: `eligible` (the report lists it as
 * work the grant funded) or `case-by-case` (other work: eligible when it serves the
 * grant's purpose and none of the ineligible purposes applies).
 *
 * @example
 * ```ts
 * const eligibility: CategoryEligibility = 'eligible';
 * ```
 */
export type CategoryEligibility = 'eligible' | 'case-by-case';

/**
 * One entry of {@link activityCategories}.
 *
 * @example
 * ```ts
 * const info: ActivityCategoryInfo = activityCategories['social-contracts'];
 * info.eligibility;
 * //=> 'eligible'
 * ```
 */
export interface ActivityCategoryInfo {
  /** What it is called. */
  readonly label: LocalizedText;
  /** Cooperation (samverkan) with someone, or another kind of development work. */
  readonly group: 'cooperation' | 'method';
  /** Whether the grant funds it. */
  readonly eligibility: CategoryEligibility;
  /** Why, for a caseworker. */
  readonly reason: LocalizedText;
  /** Where the report says so. */
  readonly source: SourceRef;
}

const funded: LocalizedText = {
  sv: 'Utvecklingsarbete som statsbidraget finansierade enligt Socialstyrelsens uppföljning.',
  en: "Development work the grant funded according to Socialstyrelsen's follow-up.",
};
const cooperation = (sv: string, en: string, place: string): ActivityCategoryInfo => ({
  label: { sv: `Samverkan ${sv}`, en: `Cooperation ${en}` },
  group: 'cooperation',
  eligibility: 'eligible',
  reason: funded,
  source: seed004(place),
});
const method = (sv: string, en: string, place: string): ActivityCategoryInfo => ({
  label: { sv, en },
  group: 'method',
  eligibility: 'eligible',
  reason: funded,
  source: seed004(place),
});

/**
 * The closed vocabulary of activity categories an application's activities fall in,
 * with their eligibility, the reason and the source (seed 004, tables 1, 3 and 4 and
 * the sections after them). This table is the one place a category is added.
 *
 * @example
 * ```ts
 * activityCategories['cooperation-landlords'].label.en;
 * //=> 'Cooperation with landlords and housing companies'
 * ```
 */
export const activityCategories = /* @__PURE__ */ (() =>
  ({
    'cooperation-landlords': cooperation(
      'med hyresvärdar och bostadsbolag',
      'with landlords and housing companies',
      'Tabell 1 and Tabell 4; "Samverkan mellan hyresvärdar och kommuner" (lines 194–201, 284–293, 307–309)',
    ),
    'cooperation-municipalities-in-county': cooperation(
      'med andra kommuner i länet',
      'with other municipalities in the county',
      'Tabell 1 and Tabell 4; "Samverkan mellan kommuner" (lines 197, 286, 301–305)',
    ),
    'cooperation-municipalities-outside-county': cooperation(
      'med kommuner utanför länet',
      'with municipalities outside the county',
      'Tabell 1 and Tabell 4 (lines 199, 290, 305)',
    ),
    'cooperation-within-municipality': cooperation(
      'inom kommunen',
      'inside the municipality',
      'Tabell 1 and Tabell 4; "Samverkan inom kommunen" (lines 198, 288, 311–313)',
    ),
    'cooperation-agencies': cooperation(
      'med myndigheter',
      'with agencies',
      'Tabell 1 and Tabell 4; "Samverkan med myndigheter" (lines 200, 291, 315–317)',
    ),
    'cooperation-civil-society': cooperation(
      'med civilsamhället (t.ex. kvinnojourer)',
      "with civil society (such as women's shelters)",
      'Tabell 1 and Tabell 4 (lines 201, 292)',
    ),
    'social-contracts': method(
      'Sociala kontrakt',
      'Social contracts',
      'Tabell 3; "Anpassade kontrakt och boendeformer" (lines 270, 325–329)',
    ),
    'housing-queue-priority': method(
      'Förtur i bostadskön',
      'Priority in the housing queue',
      'Tabell 3; "Förtur till bostad" (lines 271, 331–333)',
    ),
    'housing-search-support': method(
      'Stöd att söka bostad (utveckling av arbetssättet)',
      'Support in searching for housing (developing the method)',
      'Tabell 3 (line 272)',
    ),
    'perpetrator-move': method(
      'Insatser för att flytta våldsutövaren',
      'Measures to move the perpetrator',
      'Tabell 3 (line 274)',
    ),
    'mapping-and-analysis': method(
      'Kartläggning och analys',
      'Mapping and analysis',
      '"Statsbidraget gav välbehövligt utrymme för kartläggning och analys" (lines 371–373)',
    ),
    'competence-development': method(
      'Kompetensutveckling för hyresvärdar och personal',
      'Competence development for landlords and staff',
      '"Möjligheterna till att fördjupa kunskaperna och sprida information ökade" (lines 375–381)',
    ),
    other: {
      label: { sv: 'Annat', en: 'Other' },
      group: 'method',
      eligibility: 'case-by-case',
      reason: {
        sv: 'Annat arbete bedöms för sig: det ska stärka arbetet med stadigvarande boende och inget ej förenligt syfte får gälla.',
        en: 'Other work is assessed on its own: it must strengthen the work on permanent housing and no ineligible purpose may apply.',
      },
      source: seed004('Tabell 3, "Andra områden" (line 273); the purpose (line 94)'),
    },
  }) as const satisfies Record<string, ActivityCategoryInfo>)();

/**
 * An activity category: a key of {@link activityCategories}.
 *
 * @example
 * ```ts
 * const category: ActivityCategory = 'housing-queue-priority';
 * ```
 */
export type ActivityCategory = keyof typeof activityCategories;

/**
 * Every activity category, in the table's order.
 *
 * @example
 * ```ts
 * activityCategoryIds.length;
 * //=> 13
 * ```
 */
export const activityCategoryIds = /* @__PURE__ */ (() =>
  Object.keys(activityCategories) as [ActivityCategory, ...ActivityCategory[]])();
