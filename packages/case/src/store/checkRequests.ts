import { municipalityCodeSchema } from '@stadig/core';
import { caseStates } from '../lifecycle/vocabulary';
import { protectedReadGrounds, protectedReadPurposes } from './auditVocabulary';
import type { ReadReason } from './CaseStore';
import type { AuditQuery, CaseQuery } from './CaseStorePort';

/** Ids, external ids and import ids: 1–128 letters, digits, `_ - . :`. */
export const isStoreId = (v: unknown): v is string =>
  typeof v === 'string' && /^[A-Za-z0-9_.:-]{1,128}$/.test(v);

const isLimit = (v: unknown) =>
  Number.isSafeInteger(v) && (v as number) >= 1 && (v as number) <= 1000;
const has = (table: object, v: unknown) => typeof v === 'string' && Object.hasOwn(table, v);
const record = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined;

/** Whether a read reason names a known purpose and legal ground. */
export const isReadReason = (v: unknown): v is ReadReason =>
  has(protectedReadPurposes, record(v)?.purpose) &&
  has(protectedReadGrounds, record(v)?.legalGround);

/** Whether a case query is well-formed. */
export function checkCaseQuery(v: unknown): v is CaseQuery {
  const q = record(v);
  if (q === undefined || typeof q.municipality !== 'string' || !isLimit(q.limit)) return false;
  if (!municipalityCodeSchema.safeParse(q.municipality).success) return false;
  if (q.after !== undefined && !isStoreId(q.after)) return false;
  return (
    q.states === undefined || (Array.isArray(q.states) && q.states.every((s) => has(caseStates, s)))
  );
}

/** Whether an audit query is well-formed. */
export function checkAuditQuery(v: unknown): v is AuditQuery {
  const q = record(v);
  if (q === undefined || !isLimit(q.limit)) return false;
  if (q.caseId !== undefined && !isStoreId(q.caseId)) return false;
  if (q.municipality !== undefined && typeof q.municipality !== 'string') return false;
  return q.after === undefined || (typeof q.after === 'string' && /^[0-9]{1,15}$/.test(q.after));
}
