import type { CaseEventInput } from '../lifecycle/caseEventSchema';
import type { CaseState } from '../lifecycle/vocabulary';
import type { AuditAction, ProtectedReadGround, ProtectedReadPurpose } from './auditVocabulary';
import type { CaseBody, CaseProtectedPart } from './CaseParts';

/**
 * A stored case without its protected part: what {@link CaseStorePort.get} and the
 * queries return. `version` starts at 1 and grows by one with every write; `state` is
 * derived from `events` by the factory, kept for queries.
 *
 * @example
 * ```ts
 * const head: CaseHead | undefined = await port.get('case-0001');
 * head?.version;
 * //=> 1
 * ```
 */
export interface CaseHead {
  readonly id: string;
  readonly municipality: string;
  readonly externalId?: string;
  readonly version: number;
  readonly state: CaseState;
  readonly body: CaseBody;
  readonly events: readonly CaseEventInput[];
}

/**
 * A whole stored case: the head and the protected part, as {@link CaseStorePort.insert} takes it.
 *
 * @example
 * ```ts
 * const record: CaseRecord = { ...head, protectedPart };
 * ```
 */
export interface CaseRecord extends CaseHead {
  readonly protectedPart: CaseProtectedPart;
}

/**
 * A write to an existing case, applied only if the stored version is still
 * `expectedVersion` (it becomes `expectedVersion + 1`). `appendEvents` are added to the
 * end of the log (never rewritten); `protectedPart` is replaced when given and kept otherwise.
 *
 * @example
 * ```ts
 * const change: CaseChange = { id: 'c1', expectedVersion: 1, state: 'planning', body, appendEvents: [] };
 * ```
 */
export interface CaseChange {
  readonly id: string;
  readonly expectedVersion: number;
  readonly state: CaseState;
  readonly body: CaseBody;
  readonly appendEvents: readonly CaseEventInput[];
  readonly protectedPart?: CaseProtectedPart;
  readonly externalId?: string;
}

/**
 * One entry of the append-only audit log. It holds codes and ids only, never a
 * personal value. `at` is an ISO timestamp from the clock given to the factory.
 *
 * @example
 * ```ts
 * const entry: AuditEntry = { id: 'a1', at: '2025-06-01T10:00:00.000Z', actor: 'handlaggare-17', action: 'case-created', caseId: 'c1', municipality: '2080' };
 * ```
 */
export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly actor: string;
  readonly action: AuditAction;
  readonly caseId: string;
  readonly municipality: string;
  readonly purpose?: ProtectedReadPurpose;
  readonly legalGround?: ProtectedReadGround;
}

/**
 * An audit entry as stored, with its place in the log (`seq`, increasing).
 *
 * @example
 * ```ts
 * (await port.listAudit({ caseId: 'c1', limit: 10 })).items[0]?.seq;
 * //=> 1
 * ```
 */
export interface AuditRecord extends AuditEntry {
  readonly seq: number;
}

/**
 * A page query over cases of one municipality, ordered by id; `after` is the
 * `next` cursor of the previous page.
 *
 * @example
 * ```ts
 * const query: CaseQuery = { municipality: '2080', states: ['planning'], limit: 50 };
 * ```
 */
export interface CaseQuery {
  readonly municipality: string;
  readonly states?: readonly CaseState[];
  readonly limit: number;
  readonly after?: string;
}

/**
 * A page query over the audit log (by case, by municipality, or both), ordered by `seq`.
 *
 * @example
 * ```ts
 * const query: AuditQuery = { caseId: 'c1', limit: 100 };
 * ```
 */
export interface AuditQuery {
  readonly caseId?: string;
  readonly municipality?: string;
  readonly limit: number;
  readonly after?: string;
}

/**
 * One page of results and the cursor of the next page, absent on the last page.
 *
 * @example
 * ```ts
 * const page: Page<CaseHead> = { items: [] };
 * ```
 */
export interface Page<T> {
  readonly items: readonly T[];
  readonly next?: string;
}

/**
 * How far an import has come: written in the same transaction as the batch it ends,
 * so an interrupted import resumes after the last batch that was committed.
 *
 * @example
 * ```ts
 * const checkpoint: ImportCheckpoint = { importId: 'falun-2025-06', position: 5000 };
 * ```
 */
export interface ImportCheckpoint {
  readonly importId: string;
  readonly position: number;
}

/**
 * The thin port a case store adapter implements: a few primitive, async operations on
 * the stored form. {@link createCaseStore} adds validation, ids, audit entries and
 * error mapping on top. Contract (checked by `@stadig/adapter-testkit`):
 *
 * - every write stores its audit entry atomically with it; `readProtected` stores its
 *   audit entry before it returns the protected part;
 * - `update` and `appendEvents` apply only if the version matches, else `'conflict'`;
 * - `transaction` runs `work` against a port whose writes all commit or none do: if
 *   `work` rejects, nothing of it is kept and the rejection is passed on;
 * - failures of the store itself reject with {@link caseStoreFailure}.
 *
 * @example
 * ```ts
 * const store = createCaseStore(createMemoryCaseStorePort(), { newId, now, actor: 'system' });
 * ```
 */
export interface CaseStorePort {
  /** Stores a new case; `'duplicate'` if its id, or its external id in its municipality, exists. */
  readonly insert: (record: CaseRecord, audit: AuditEntry) => Promise<'ok' | 'duplicate'>;
  /**
   * Optional, for bulk imports: stores many new cases with their audit entries (one
   * per case, in the same order), stopping at the first whose id or external id
   * exists and answering its index; the cases before it stay stored. Called only
   * inside `transaction`: the factory goes on from there (an upsert updates the case
   * it met, then the rest go in bulk again) or rolls the whole transaction back.
   * Without it, a batch of creates and upserts writes one case at a time.
   */
  readonly insertMany?: (
    records: readonly CaseRecord[],
    audits: readonly AuditEntry[],
  ) => Promise<'ok' | { readonly duplicateAt: number }>;
  /** The case without its protected part. */
  readonly get: (id: string) => Promise<CaseHead | undefined>;
  /** The case with this external id in this municipality. */
  readonly getByExternalId: (
    municipality: string,
    externalId: string,
  ) => Promise<CaseHead | undefined>;
  /** The protected part, after storing the audit entry of the read. */
  readonly readProtected: (id: string, audit: AuditEntry) => Promise<CaseProtectedPart | undefined>;
  /** Applies a change if the version matches. */
  readonly update: (
    change: CaseChange,
    audit: AuditEntry,
  ) => Promise<'ok' | 'conflict' | 'not-found'>;
  /** A page of cases of one municipality, ordered by id. */
  readonly query: (query: CaseQuery) => Promise<Page<CaseHead>>;
  /** A page of the audit log, ordered by `seq`. */
  readonly listAudit: (query: AuditQuery) => Promise<Page<AuditRecord>>;
  /** The last checkpoint of an import. */
  readonly readCheckpoint: (importId: string) => Promise<ImportCheckpoint | undefined>;
  /** Stores a checkpoint (replacing the previous one of the same import). */
  readonly writeCheckpoint: (checkpoint: ImportCheckpoint) => Promise<void>;
  /** Runs `work` in one transaction: all of its writes or none. */
  readonly transaction: <T>(work: (tx: CaseStorePort) => Promise<T>) => Promise<T>;
}
