import type { LocalizedText } from '@stadig/core';
import type { SourceRef } from '../sources/SourceRef';
import { SFS_2022_1416, seed004 } from '../sources/seed004';

/**
 * One entry of {@link ineligiblePurposes}.
 *
 * @example
 * ```ts
 * const info: IneligiblePurposeInfo = ineligiblePurposes['emergency-apartments'];
 * ```
 */
export interface IneligiblePurposeInfo {
  /** What it is called. */
  readonly label: LocalizedText;
  /** Why the grant does not fund it. */
  readonly reason: LocalizedText;
  /** Where that is said. */
  readonly source: SourceRef;
}

const outsidePurpose = {
  sv: 'Socialstyrelsen bedömde sådana insatser som inte förenliga med statsbidragets syfte (att långsiktigt stärka kommunens arbete med stadigvarande boende).',
  en: "Socialstyrelsen judged such measures not compatible with the grant's purpose (to strengthen the municipality's work on permanent housing in the long term).",
} as const;

/**
 * The closed vocabulary of purposes the grant does not fund. An activity flagged with
 * any of them is not funded, whatever its category. Seed 004 names three (lines
 * 224–226: the reason just under 6.4 MSEK of 2023 was not granted); the ordinance
 * SFS 2022:1416 adds tasks a municipality is obliged by law or ordinance to do.
 *
 * @example
 * ```ts
 * ineligiblePurposes['preventive-work'].label.en;
 * //=> 'Preventive work'
 * ```
 */
export const ineligiblePurposes = /* @__PURE__ */ (() =>
  ({
    'preventive-work': {
      label: { sv: 'Förebyggande arbete', en: 'Preventive work' },
      reason: outsidePurpose,
      source: seed004('"Socialstyrelsen fördelade 21,1 miljoner kronor" (line 226)'),
    },
    'emergency-apartments': {
      label: { sv: 'Jourlägenheter', en: 'Emergency apartments' },
      reason: outsidePurpose,
      source: seed004('"Socialstyrelsen fördelade 21,1 miljoner kronor" (line 226)'),
    },
    'support-to-individuals': {
      label: { sv: 'Insatser till enskilda', en: 'Support to individuals' },
      reason: outsidePurpose,
      source: seed004('"Socialstyrelsen fördelade 21,1 miljoner kronor" (line 226)'),
    },
    'statutory-duty': {
      label: {
        sv: 'Uppgifter som kommunen är skyldig att utföra enligt lag',
        en: 'Tasks the municipality is obliged by law to do',
      },
      reason: {
        sv: 'Bidrag lämnas inte för uppgifter som kommuner enligt lag eller förordning är skyldiga att genomföra.',
        en: 'No grant is given for tasks municipalities are obliged by law or ordinance to perform.',
      },
      source: {
        document: SFS_2022_1416,
        place:
          "the condition restated on Socialstyrelsen's grant page (statsbidrag.socialstyrelsen.se)",
      },
    },
  }) as const satisfies Record<string, IneligiblePurposeInfo>)();

/**
 * A purpose the grant does not fund: a key of {@link ineligiblePurposes}.
 *
 * @example
 * ```ts
 * const purpose: IneligiblePurpose = 'support-to-individuals';
 * ```
 */
export type IneligiblePurpose = keyof typeof ineligiblePurposes;

/**
 * Every ineligible purpose, in the table's order.
 *
 * @example
 * ```ts
 * ineligiblePurposeIds;
 * //=> ['preventive-work', 'emergency-apartments', 'support-to-individuals', 'statutory-duty']
 * ```
 */
export const ineligiblePurposeIds = /* @__PURE__ */ (() =>
  Object.keys(ineligiblePurposes) as [IneligiblePurpose, ...IneligiblePurpose[]])();
