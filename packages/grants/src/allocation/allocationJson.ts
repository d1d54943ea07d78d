import { getMunicipality } from '@stadig/core';
import type { GrantReason } from '../eligibility/GrantReason';
import type { Allocation } from './Allocation';
import type { NotGrantedPart } from './GrantDecision';

/**
 * An {@link Allocation} as JSON, amounts in kronor (whole for grants; requests and
 * costs may have öre as decimals), reasons as `{ code, sv, en }`: what
 * `stadig grants allocate --json` prints.
 *
 * @example
 * ```ts
 * const json: AllocationJson = allocationJson(allocation);
 * json.summary.approvalPercent;
 * //=> 75
 * ```
 */
export interface AllocationJson {
  readonly summary: {
    readonly year: number;
    readonly policy: string;
    readonly policyApplied: boolean;
    readonly budget: number;
    readonly administration: number;
    readonly available: number;
    readonly requested: number;
    readonly eligible: number;
    readonly granted: number;
    readonly undistributed: number;
    readonly notGranted: number;
    readonly notGrantedByReason: readonly ReasonJson[];
    readonly applications: number;
    readonly full: number;
    readonly partial: number;
    readonly rejected: number;
    readonly approved: number;
    readonly approvalPercent: number | null;
  };
  readonly decisions: readonly {
    readonly applicationId: string;
    readonly municipalityCode: string;
    readonly municipality: string;
    readonly kind: 'full' | 'partial' | 'rejected';
    readonly requested: number;
    readonly eligible: number;
    readonly granted: number;
    readonly notGranted: readonly ReasonJson[];
    readonly reasons: readonly ReasonJson[];
    readonly activities: readonly {
      readonly index: number;
      readonly category: string;
      readonly cost: number;
      readonly eligible: boolean;
      readonly eligibleCost: number;
      readonly granted: number;
      readonly reasons: readonly ReasonJson[];
    }[];
  }[];
}

/**
 * A reason in JSON: its rule id and both texts, with the amount in kronor where it
 * explains money not granted.
 *
 * @example
 * ```ts
 * const reason: ReasonJson = { code: 'reduced.pro-rata', sv: '…', en: '…', amount: 40000 };
 * ```
 */
export interface ReasonJson {
  readonly code: string;
  readonly sv: string;
  readonly en: string;
  readonly amount?: number;
}

/**
 * Converts an allocation to JSON with amounts in kronor.
 *
 * @param allocation - the allocation
 * @returns the JSON value
 *
 * @example
 * ```ts
 * allocationJson(allocation).decisions[0].granted;
 * //=> 700000
 * ```
 */
export function allocationJson(allocation: Allocation): AllocationJson {
  const kr = (ore: number) => ore / 100;
  const reason = (r: GrantReason): ReasonJson => ({ code: r.code, sv: r.text.sv, en: r.text.en });
  const part = (p: NotGrantedPart): ReasonJson => ({
    code: p.code,
    sv: p.text.sv,
    en: p.text.en,
    amount: kr(p.amount),
  });
  const s = allocation.summary;
  return {
    summary: {
      ...s,
      budget: kr(s.budget),
      administration: kr(s.administration),
      available: kr(s.available),
      requested: kr(s.requested),
      eligible: kr(s.eligible),
      granted: kr(s.granted),
      undistributed: kr(s.undistributed),
      notGranted: kr(s.notGranted),
      notGrantedByReason: s.notGrantedByReason.map(part),
    },
    decisions: allocation.decisions.map((d) => ({
      applicationId: d.applicationId,
      municipalityCode: d.municipalityCode,
      municipality: getMunicipality(d.municipalityCode).name,
      kind: d.kind,
      requested: kr(d.requested),
      eligible: kr(d.eligible),
      granted: kr(d.granted),
      notGranted: d.notGranted.map(part),
      reasons: d.reasons.map(reason),
      activities: d.activities.map((a) => ({
        index: a.index,
        category: a.category,
        cost: kr(a.cost),
        eligible: a.eligible,
        eligibleCost: kr(a.eligibleCost),
        granted: kr(a.granted),
        reasons: a.reasons.map(reason),
      })),
    })),
  };
}
