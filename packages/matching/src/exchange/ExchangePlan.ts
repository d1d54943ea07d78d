import type { LocalizedText, MunicipalityCode } from '@stadig/core';
import type { ExchangeReasonId } from './exchangeReasons';

/**
 * The exchange ledger: per municipality (SCB code), placements received minus
 * placements sent, carried over between rounds. Positive: the municipality has
 * received more households than it has sent.
 *
 * @example
 * ```ts
 * const ledger: ExchangeLedger = { '1480': 2, '0180': -1 };
 * ```
 */
export type ExchangeLedger = Readonly<Record<string, number>>;

/**
 * Options for `planExchange`.
 *
 * @example
 * ```ts
 * const options: ExchangeOptions = { ledger: { '1480': 2 }, tolerance: 1 };
 * ```
 */
export interface ExchangeOptions {
  /** The balances carried over (default none: every balance 0). */
  readonly ledger?: ExchangeLedger | undefined;
  /** How far a balance may be from 0 after the plan (default 2). */
  readonly tolerance?: number | undefined;
}

/**
 * One placement of a plan: a household placed in a home in another municipality (or
 * its own, where it may stay). A placement is never linked to another: exchanges
 * clear through the ledger, not as two-way swaps.
 *
 * @example
 * ```ts
 * const p: Placement = { caseId: 'synthetic-0001', offerId: 'offer-0003', from: '0180' as MunicipalityCode, to: '1480' as MunicipalityCode, score: 77 };
 * ```
 */
export interface Placement {
  readonly caseId: string;
  readonly offerId: string;
  readonly from: MunicipalityCode;
  readonly to: MunicipalityCode;
  readonly score: number;
}

/**
 * Why one case was or was not placed.
 *
 * @example
 * ```ts
 * const row: ExchangeCaseOutcome = { caseId: 'synthetic-0001', placed: false, reason: 'balance', text: exchangeReasons.balance };
 * ```
 */
export interface ExchangeCaseOutcome {
  readonly caseId: string;
  readonly placed: boolean;
  readonly reason: ExchangeReasonId;
  readonly text: LocalizedText;
}

/**
 * An exchange plan: the placements, the updated ledger (every municipality in the
 * old ledger or the plan), and for every case why it was or was not placed.
 *
 * @example
 * ```ts
 * const plan: ExchangePlan = { placements: [], ledger: {}, cases: [], tolerance: 2 };
 * ```
 */
export interface ExchangePlan {
  readonly placements: readonly Placement[];
  readonly ledger: ExchangeLedger;
  readonly cases: readonly ExchangeCaseOutcome[];
  readonly tolerance: number;
}
