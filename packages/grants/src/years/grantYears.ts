import type { DateOnly, Money } from '@stadig/core';
import { SFS_2022_1416, seed004 } from '../sources/seed004';
import type { GrantYear } from './GrantYear';

const kr = (kronor: number) => (kronor * 100) as Money;
const day = (iso: string) => iso as DateOnly;

/**
 * The grant years Stadig ships, with their published figures (seed 004):
 *
 * - 2022: 3.5 MSEK to distribute (no administration share published); costs eligible
 *   retroactively from 2022-07-07 to 2022-12-31 ("En sammanfattning av statsbidraget
 *   2022", lines 184–186).
 * - 2023: 30 MSEK, of which 2.5 MSEK for the agency's administration; costs of the
 *   calendar year ("Socialstyrelsen fördelade 21,1 miljoner kronor", line 224; lines
 *   90 and 245).
 *
 * The application windows are not published in seed 004, so they are `null`.
 *
 * @example
 * ```ts
 * grantYears[2023].administration;
 * //=> 250000000
 * ```
 */
export const grantYears = /* @__PURE__ */ (() =>
  ({
    2022: {
      year: 2022,
      budget: kr(3_500_000),
      administration: null,
      costWindow: { from: day('2022-07-07'), to: day('2022-12-31') },
      retroactive: true,
      applicationWindow: null,
      rulesVersion: SFS_2022_1416,
      sources: [
        seed004('"En sammanfattning av statsbidraget 2022", 3,5 miljoner kronor (line 184)'),
        seed004('"En sammanfattning av statsbidraget 2022", retroactive window (line 186)'),
      ],
    },
    2023: {
      year: 2023,
      budget: kr(30_000_000),
      administration: kr(2_500_000),
      costWindow: { from: day('2023-01-01'), to: day('2023-12-31') },
      retroactive: false,
      applicationWindow: null,
      rulesVersion: SFS_2022_1416,
      sources: [
        seed004('"Socialstyrelsen fördelade 21,1 miljoner kronor", 30 and 2,5 MSEK (line 224)'),
        seed004('Sammanfattning, costs until 2023-12-31 (line 90; also line 245)'),
      ],
    },
  }) as const satisfies Record<number, GrantYear>)();

/**
 * A year Stadig ships data for: a key of {@link grantYears}.
 *
 * @example
 * ```ts
 * const year: ShippedGrantYear = 2023;
 * ```
 */
export type ShippedGrantYear = keyof typeof grantYears;
