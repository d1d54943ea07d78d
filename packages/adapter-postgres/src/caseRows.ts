import type { AuditRecord, CaseHead, CaseState } from '@stadig/case';

/** The columns of a case head as the queries select them. */
export const headColumns = `c.id, c.municipality, c.external_id, c.version, c.state, c.body,
  coalesce((select jsonb_agg(e.event order by e.seq) from stadig.case_events e where e.case_id = c.id), '[]'::jsonb) as events`;

/** A row of {@link headColumns}. */
export interface HeadRow {
  id: string;
  municipality: string;
  external_id: string | null;
  version: number;
  state: string;
  body: unknown;
  events: unknown;
}

const json = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;

/** A case head from its row. */
export function headFromRow(row: HeadRow): CaseHead {
  return {
    id: row.id,
    municipality: row.municipality,
    ...(row.external_id === null ? {} : { externalId: row.external_id }),
    version: Number(row.version),
    state: row.state as CaseState,
    body: json(row.body),
    events: json(row.events),
  };
}

/** The columns of an audit record. */
export const auditColumns = `seq::text as seq, id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at,
  actor, action, case_id, municipality, purpose, legal_ground`;

/** A row of {@link auditColumns}. */
export interface AuditRow {
  seq: string;
  id: string;
  at: string;
  actor: string;
  action: string;
  case_id: string;
  municipality: string;
  purpose: string | null;
  legal_ground: string | null;
}

/** An audit record from its row. */
export function auditFromRow(row: AuditRow): AuditRecord {
  return {
    seq: Number(row.seq),
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action as AuditRecord['action'],
    caseId: row.case_id,
    municipality: row.municipality,
    ...(row.purpose === null
      ? {}
      : { purpose: row.purpose as NonNullable<AuditRecord['purpose']> }),
    ...(row.legal_ground === null
      ? {}
      : { legalGround: row.legal_ground as NonNullable<AuditRecord['legalGround']> }),
  };
}
