import type { AllocationPolicy } from './AllocationPolicy';
import { apportionKronor } from './apportionKronor';

/**
 * The default policy: every eligible part is reduced in the same proportion (pro
 * rata), in whole kronor with house-monotone rounding (`apportionKronor`), so that
 * the available amount is granted exactly.
 *
 * @example
 * ```ts
 * proRataPolicy.allocate(
 *   [claim('A', 60000), claim('B', 20000)], // eligible parts of 600 and 200 kr
 *   40000 as Money,
 * );
 * //=> [30000, 10000]
 * ```
 */
export const proRataPolicy: AllocationPolicy = /* @__PURE__ */ (() => ({
  id: 'pro-rata',
  name: { sv: 'Proportionellt (pro rata)', en: 'Pro rata' },
  reduction: {
    code: 'reduced.pro-rata',
    text: {
      sv: 'De stödberättigande ansökningarna översteg det tillgängliga beloppet, så varje ansökan minskades i samma proportion.',
      en: 'The eligible requests exceeded the available amount, so every application was reduced in the same proportion.',
    },
    source: null,
  },
  allocate: (claims, available) =>
    apportionKronor(
      available,
      claims.map((c) => c.eligible),
    ),
}))();
