import type { Money } from '@stadig/core';
import { seed004 } from '../sources/seed004';
import type { GrantYearSummary } from './GrantYearSummary';

const kr = (kronor: number) => (kronor * 100) as Money;

/**
 * The years of table 2 in seed 004 ("Fördelat och oanvänt statsbidrag 2022 och
 * 2023", lines 234–241), with the counts and shares the report gives in prose:
 *
 * - 2022: 3.5 MSEK available, 17 recipients, approval rate 59 % (the number of
 *   applications is not published), about 90 % of used funds on salaries (lines 184, 190).
 * - 2023: 27.5 MSEK available after administration, 72 applications, 54 recipients
 *   (line 224), 93 % of used funds on salaries (line 245).
 *
 * @example
 * ```ts
 * grantYearSummaries[2023].granted;
 * //=> 2111779500
 * ```
 */
export const grantYearSummaries = /* @__PURE__ */ (() =>
  ({
    2022: {
      year: 2022,
      available: kr(3_500_000),
      applications: null,
      recipients: 17,
      granted: kr(1_761_018),
      unused: kr(55_718),
      published: { unusedPercent: 3, approvalPercent: 59, salarySharePercent: 90 },
      sources: [
        seed004('Tabell 2 (lines 234–241)'),
        seed004('"En sammanfattning av statsbidraget 2022" (line 184)'),
        seed004('"Statsbidraget användes huvudsakligen till lönekostnader" (line 190)'),
      ],
    },
    2023: {
      year: 2023,
      available: kr(27_500_000),
      applications: 72,
      recipients: 54,
      granted: kr(21_117_795),
      unused: kr(3_119_562),
      published: { unusedPercent: 15, approvalPercent: null, salarySharePercent: 93 },
      sources: [
        seed004('Tabell 2 (lines 234–241)'),
        seed004('"Socialstyrelsen fördelade 21,1 miljoner kronor" (line 224)'),
        seed004('"En majoritet av medlen användes under bidragsperioden" (line 245)'),
      ],
    },
  }) as const satisfies Record<number, GrantYearSummary>)();
