import type { CaseRecord } from '@stadig/case';
import {
  type AuditRow,
  auditColumns,
  auditFromRow,
  type HeadRow,
  headColumns,
  headFromRow,
} from './caseRows';
import type { SqlEngine } from './SqlEngine';

/**
 * The store oracle of the conformance kit for PostgreSQL: plain SQL as the schema
 * owner, past row-level security and past the adapter, to check each write where it
 * landed. For tests; never give an application the owner's connection.
 *
 * @param owner - the database, connected as the schema owner
 * @returns the oracle
 *
 * @example
 * ```ts
 * const oracle = createPostgresOracle(engine);
 * await oracle.countCases();
 * //=> 0
 * ```
 */
export function createPostgresOracle(owner: SqlEngine) {
  return {
    readCase: (id: string) =>
      owner.transaction(async (s): Promise<CaseRecord | undefined> => {
        const { rows } = await s.query<HeadRow & { data: unknown }>(
          `select ${headColumns}, p.data from stadig.cases c
             left join stadig.case_protected p on p.case_id = c.id where c.id = $1`,
          [id],
        );
        const row = rows[0];
        if (row === undefined) return undefined;
        const data = typeof row.data === 'string' ? JSON.parse(row.data) : row.data;
        return { ...headFromRow(row), protectedPart: data };
      }),
    countCases: () =>
      owner.transaction(async (s) => {
        const { rows } = await s.query<{ n: string }>(
          'select count(*)::text as n from stadig.cases',
        );
        return Number(rows[0]?.n ?? 0);
      }),
    auditEntries: (caseId: string) =>
      owner.transaction(async (s) => {
        const { rows } = await s.query<AuditRow>(
          `select ${auditColumns} from stadig.audit_log where case_id = $1 order by seq`,
          [caseId],
        );
        return rows.map(auditFromRow);
      }),
    readCheckpoint: (importId: string) =>
      owner.transaction(async (s) => {
        const { rows } = await s.query<{ position: string }>(
          'select position::text as position from stadig.import_checkpoints where import_id = $1',
          [importId],
        );
        return rows[0] === undefined ? undefined : { importId, position: Number(rows[0].position) };
      }),
  };
}
