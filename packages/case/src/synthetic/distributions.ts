/**
 * The distributions {@link generateCases} draws from, as weights or shares. Where a
 * seed document gives a figure it is cited; every other figure is an assumption of
 * the project, chosen to give varied, plausible cases, not statistics.
 *
 * @example
 * ```ts
 * caseDistributions.canStayInHomeMunicipality;
 * //=> 0.2
 * ```
 */
export const caseDistributions = {
  /** Assumption: no seed gives shares of violence kinds. */
  violence: { partner: 75, 'honour-related': 15, 'other-close': 10 },
  /** Honour-related violence often has several perpetrators (seed 000, lines 45–49; glossary). */
  honourPerpetrators: { min: 2, max: 5 },
  /** Assumption. */
  children: { '0': 40, '1': 25, '2': 20, '3': 10, '4': 5 },
  /** Assumption. */
  protectedIdentity: {
    none: 60,
    sekretessmarkering: 25,
    'skyddad-folkbokforing': 12,
    'fingerade-personuppgifter': 3,
  },
  /**
   * Most placements are outside the home municipality for protection (seed 001,
   * line 117: "majoriteten av gångerna utanför sin egen kommun"); 0.2 is the
   * project's reading of "majority". Honour-related cases never stay.
   */
  canStayInHomeMunicipality: 0.2,
  /** Assumption: a stay is in sheltered housing, an emergency apartment or temporary housing. */
  stays: { 'sheltered-housing': 70, 'emergency-apartment': 20, 'temporary-housing': 10 },
  /** Assumption; payment remarks are often a consequence of the violence (seed 004, line 474). */
  paymentRemarks: 0.4,
  /** Assumption; substance use makes placement hard (seed 001, line 77). */
  substanceUse: 0.1,
  pets: 0.15,
  accessibility: 0.1,
  interpreter: 0.25,
  /** Assumption: share of cases that cannot stay and apply in another municipality (seed 004, footnote 12). */
  application: 0.5,
  /** Assumption: share of cases whose survivor gave consent to the municipal housing company. */
  consent: 0.8,
  /** Assumption: risk levels. */
  riskLevel: { low: 10, moderate: 35, high: 40, 'very-high': 15 },
  /** Assumption: the share of offers the household or the landlord declines. */
  offerDeclined: 0.3,
  /** Assumption: at most this many offers per case. */
  maxOffers: 3,
  /**
   * Assumption: while planning, the share of cases that close without a move-in, and
   * how (returning to the perpetrator is a known risk; no seed gives a share).
   */
  closedWithoutMoveIn: 0.12,
  closeWithoutMoveIn: { 'moved-on-own': 50, 'returned-to-perpetrator': 25, discontinued: 25 },
  /**
   * Assumption: the tenure of the home moved into. First-hand leases and social
   * contracts dominate: municipalities sign social contracts that the tenant usually
   * takes over after a year (seed 002, line 18), and 61 % of the grant municipalities
   * developed such contracts (seed 004, line 327). Subleases and lodging are the
   * non-permanent outcomes the national definition warns about (seed 003, line 12).
   */
  outcomeTenure: {
    'first-hand-lease': 45,
    'social-contract': 30,
    sublease: 12,
    'tenant-owned': 5,
    lodger: 4,
    'with-relatives': 4,
  },
  /** Assumption: a sublease runs 6–24 months, so some are shorter than a year (seed 003, line 12). */
  subleaseMonths: { min: 6, max: 24 },
  /** A social contract's takeover after 12 months (seed 002, line 18). */
  takeoverAfterMonths: 12,
  /** Assumption: monthly rent in kronor. */
  rentKronor: { min: 5_000, max: 14_000 },
} as const;
