import type { AuditEntry, CaseStorePort } from '@stadig/case';
import {
  type AuditRow,
  auditColumns,
  auditFromRow,
  type HeadRow,
  headColumns,
  headFromRow,
} from './caseRows';
import { postgresFailure } from './postgresFailure';
import type { SqlEngine, SqlSession } from './SqlEngine';

/**
 * Options of {@link createPostgresCaseStorePort}.
 *
 * @example
 * ```ts
 * const options: PostgresPortOptions = { municipalities: ['2080'], role: 'stadig_app' };
 * ```
 */
export interface PostgresPortOptions {
  /** The municipalities this connection acts for: row-level security shows it only their cases. */
  readonly municipalities: readonly string[];
  /**
   * A role to act as in every transaction (`set local role`), such as `stadig_app`
   * when the login role is a member of it. On PGlite, whose only login is the owner
   * (to whom row-level security does not apply), the default is `stadig_app`, so that
   * the rules hold there too; pass `null` to act as the owner (migrations, repairs).
   */
  readonly role?: string | null;
}

const roleName = /^[a-z_][a-z0-9_]{0,62}$/;
const text = (v: unknown) => JSON.stringify(v);

/**
 * The case store port on PostgreSQL (PGlite or a server; see {@link pgliteEngine} and
 * {@link pgEngine}). Parameterised SQL only. Every operation is one transaction that
 * first sets the acting municipalities (for row-level security) and the audit entry
 * the database's own trigger writes; protected data is read only through
 * `stadig.read_protected`, which writes its audit entry; an update applies only at
 * the expected version (`where version = $2`), so concurrent writers get conflicts,
 * never lost updates. Failures reject with a case store failure, never raw driver text.
 *
 * @param engine - the database, migrated (see {@link migrateCaseStore})
 * @param options - the acting municipalities and optionally a role
 * @returns the port, for `createCaseStore`
 *
 * @example
 * ```ts
 * const port = createPostgresCaseStorePort(engine, { municipalities: ['2080'] });
 * const store = createCaseStore(port, { newId, now, actor: 'handlaggare-17' });
 * ```
 */
export function createPostgresCaseStorePort(
  engine: SqlEngine,
  options: PostgresPortOptions,
): CaseStorePort {
  const municipalities = options.municipalities.filter((m) => /^[0-9]{4}$/.test(m)).join(',');
  const wanted =
    options.role === undefined && engine.kind === 'pglite' ? 'stadig_app' : options.role;
  const role = typeof wanted === 'string' && roleName.test(wanted) ? wanted : undefined;
  const enter = async (s: SqlSession) => {
    if (role !== undefined) await s.exec(`set local role ${role}`);
    await s.query("select set_config('stadig.municipalities', $1, true)", [municipalities]);
  };
  const run = async <T>(work: (s: SqlSession) => Promise<T>): Promise<T> => {
    try {
      return await engine.transaction(async (s) => {
        await enter(s);
        return work(s);
      });
    } catch (e) {
      throw postgresFailure(e);
    }
  };
  return portOn(run);
}

type Run = <T>(work: (s: SqlSession) => Promise<T>) => Promise<T>;

function portOn(run: Run): CaseStorePort {
  const withAudit = (s: SqlSession, audit: AuditEntry) =>
    s.query("select set_config('stadig.audit', $1, true)", [text(audit)]);
  const head = async (s: SqlSession, where: string, params: unknown[]) => {
    const { rows } = await s.query<HeadRow>(
      `select ${headColumns} from stadig.cases c where ${where}`,
      params,
    );
    return rows[0] === undefined ? undefined : headFromRow(rows[0]);
  };
  const port: CaseStorePort = {
    insert: (record, audit) =>
      run(async (s) => {
        await withAudit(s, audit);
        const inserted = await s.query(
          `insert into stadig.cases (id, municipality, external_id, version, state, body)
           values ($1, $2, $3, $4, $5, $6::jsonb) on conflict do nothing`,
          [
            record.id,
            record.municipality,
            record.externalId ?? null,
            record.version,
            record.state,
            text(record.body),
          ],
        );
        if (inserted.rowCount === 0) return 'duplicate';
        await s.query(
          `insert into stadig.case_events (case_id, seq, municipality, event)
           select $1, t.ord, $2, t.e from jsonb_array_elements($3::jsonb) with ordinality as t(e, ord)`,
          [record.id, record.municipality, text(record.events)],
        );
        await s.query(
          'insert into stadig.case_protected (case_id, municipality, data) values ($1, $2, $3::jsonb)',
          [record.id, record.municipality, text(record.protectedPart)],
        );
        return 'ok';
      }),
    insertMany: (records, audits) =>
      run(async (s) => {
        const { rows } = await s.query<{ at: number }>(
          'select stadig.import_cases($1::jsonb, $2::jsonb) as at',
          [text(records), text(audits)],
        );
        const at = Number(rows[0]?.at ?? -1);
        return at < 0 ? 'ok' : { duplicateAt: at };
      }),
    get: (id) => run((s) => head(s, 'c.id = $1', [id])),
    getByExternalId: (municipality, externalId) =>
      run((s) => head(s, 'c.municipality = $1 and c.external_id = $2', [municipality, externalId])),
    readProtected: (id, audit) =>
      run(async (s) => {
        const { rows } = await s.query<{ data: unknown }>(
          'select stadig.read_protected($1, $2::jsonb) as data',
          [id, text(audit)],
        );
        const data = rows[0]?.data;
        return data === null || data === undefined
          ? undefined
          : typeof data === 'string'
            ? JSON.parse(data)
            : (data as never);
      }),
    update: (change, audit) =>
      run(async (s) => {
        await withAudit(s, audit);
        const updated = await s.query(
          `update stadig.cases set version = version + 1, state = $3, body = $4::jsonb, updated_at = now()
            where id = $1 and version = $2`,
          [change.id, change.expectedVersion, change.state, text(change.body)],
        );
        if (updated.rowCount === 0) {
          const exists = await s.query('select 1 from stadig.cases where id = $1', [change.id]);
          return exists.rows.length === 0 ? 'not-found' : 'conflict';
        }
        if (change.appendEvents.length > 0) {
          await s.query(
            `insert into stadig.case_events (case_id, seq, municipality, event)
             select $1, base.n + t.ord, c.municipality, t.e
               from stadig.cases c,
                    (select coalesce(max(seq), 0) as n from stadig.case_events where case_id = $1) base,
                    jsonb_array_elements($2::jsonb) with ordinality as t(e, ord)
              where c.id = $1`,
            [change.id, text(change.appendEvents)],
          );
        }
        if (change.protectedPart !== undefined) {
          await s.query('update stadig.case_protected set data = $2::jsonb where case_id = $1', [
            change.id,
            text(change.protectedPart),
          ]);
        }
        return 'ok';
      }),
    query: ({ municipality, states, limit, after }) =>
      run(async (s) => {
        const { rows } = await s.query<HeadRow>(
          `select ${headColumns} from stadig.cases c
            where c.municipality = $1 and ($2::text[] is null or c.state = any ($2::text[]))
              and ($3::text is null or c.id > $3)
            order by c.id limit $4`,
          [municipality, states === undefined ? null : [...states], after ?? null, limit + 1],
        );
        const items = rows.slice(0, limit).map(headFromRow);
        const last = items[items.length - 1];
        return rows.length > limit && last !== undefined ? { items, next: last.id } : { items };
      }),
    listAudit: ({ caseId, municipality, limit, after }) =>
      run(async (s) => {
        const { rows } = await s.query<AuditRow>(
          `select ${auditColumns} from stadig.audit_log
            where ($1::text is null or case_id = $1) and ($2::text is null or municipality = $2) and seq > $3::bigint
            order by seq limit $4`,
          [caseId ?? null, municipality ?? null, after ?? '0', limit + 1],
        );
        const items = rows.slice(0, limit).map(auditFromRow);
        const last = items[items.length - 1];
        return rows.length > limit && last !== undefined
          ? { items, next: String(last.seq) }
          : { items };
      }),
    readCheckpoint: (importId) =>
      run(async (s) => {
        const { rows } = await s.query<{ position: string }>(
          'select position::text as position from stadig.import_checkpoints where import_id = $1',
          [importId],
        );
        return rows[0] === undefined ? undefined : { importId, position: Number(rows[0].position) };
      }),
    writeCheckpoint: (checkpoint) =>
      run(async (s) => {
        await s.query(
          `insert into stadig.import_checkpoints (import_id, position) values ($1, $2)
           on conflict (import_id) do update set position = excluded.position, updated_at = now()`,
          [checkpoint.importId, checkpoint.position],
        );
      }),
    transaction: async (work) => {
      // What the work rejects with (a failure, or the factory's rollback) is passed on as it is.
      let thrown: { readonly error: unknown } | undefined;
      try {
        return await run(async (s) => {
          try {
            return await work(
              portOn((inner) => inner(s).catch((e: unknown) => Promise.reject(postgresFailure(e)))),
            );
          } catch (error) {
            thrown = { error };
            throw error;
          }
        });
      } catch (e) {
        throw thrown === undefined ? e : thrown.error;
      }
    },
  };
  return port;
}
