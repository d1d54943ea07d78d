import type { DateOnly, NonEmptyReadonlyArray, Result, StadigError } from '@stadig/core';
import type { Case } from '../model/Case';
import type { ProtectedReadGround, ProtectedReadPurpose } from './auditVocabulary';
import type {
  AuditQuery,
  AuditRecord,
  CaseHead,
  CaseQuery,
  ImportCheckpoint,
  Page,
} from './CaseStorePort';

/**
 * What every case store operation fails with: one or more errors, each with a code,
 * a path and an sv/en message (validation problems, `store.version-conflict`, …).
 *
 * @example
 * ```ts
 * const problems: CaseStoreErrors = [storeError];
 * ```
 */
export type CaseStoreErrors = NonEmptyReadonlyArray<StadigError>;

/**
 * The answer of a case store operation.
 *
 * @example
 * ```ts
 * const answer: StoreResult<CaseHead> = await store.get('c1');
 * ```
 */
export type StoreResult<T> = Promise<Result<T, CaseStoreErrors>>;

/**
 * Options of {@link createCaseStore}: where ids and time come from (the domain reads
 * no clock and makes no random numbers) and who acts.
 *
 * @example
 * ```ts
 * const options: CaseStoreOptions = { newId: () => crypto.randomUUID(), now: () => clock.nowIso(), actor: 'handlaggare-17' };
 * ```
 */
export interface CaseStoreOptions {
  /** A new unique id matching `^[A-Za-z0-9_-]{1,64}$` (for cases without one and audit entries). */
  readonly newId: () => string;
  /** The current time as an ISO timestamp, for audit entries. */
  readonly now: () => string;
  /** Who acts: a pseudonymous user or system id, recorded in every audit entry. */
  readonly actor: string;
  /** The day cases are validated on; by default the date part of `now()`. */
  readonly asOf?: () => DateOnly;
}

/**
 * Why protected data is read; recorded in the audit entry before the data is returned.
 *
 * @example
 * ```ts
 * const reason: ReadReason = { purpose: 'housing-referral', legalGround: 'consent' };
 * ```
 */
export interface ReadReason {
  readonly purpose: ProtectedReadPurpose;
  readonly legalGround: ProtectedReadGround;
}

/**
 * One operation of a batch (see {@link CaseStore.batch}).
 *
 * @example
 * ```ts
 * const op: CaseOperation = { kind: 'upsert', externalId: 'row-17', input };
 * ```
 */
export type CaseOperation =
  | { readonly kind: 'create'; readonly input: unknown; readonly externalId?: string }
  | { readonly kind: 'upsert'; readonly externalId: string; readonly input: unknown }
  | {
      readonly kind: 'update';
      readonly id: string;
      readonly input: unknown;
      readonly expectedVersion: number;
    }
  | {
      readonly kind: 'append-event';
      readonly id: string;
      readonly event: unknown;
      readonly expectedVersion: number;
    };

/**
 * What an upsert did.
 *
 * @example
 * ```ts
 * const outcome: UpsertOutcome = { outcome: 'created', head };
 * ```
 */
export interface UpsertOutcome {
  readonly outcome: 'created' | 'updated';
  readonly head: CaseHead;
}

/**
 * A case store: the operations of {@link createCaseStore}, every input validated
 * with the domain schema before anything is written, every write and every read of
 * protected data audited, every failure an error value.
 *
 * @example
 * ```ts
 * const head = (await store.create(exampleCaseInput()))._unsafeUnwrap();
 * head.version;
 * //=> 1
 * ```
 */
export interface CaseStore {
  /** Validates and stores a new case (an id is made if the input has none). */
  readonly create: (
    input: unknown,
    options?: { readonly externalId?: string },
  ) => StoreResult<CaseHead>;
  /** The case without its protected data. */
  readonly get: (id: string) => StoreResult<CaseHead>;
  /** The whole case, protected data included, after auditing the read with its reason. */
  readonly readProtected: (id: string, reason: ReadReason) => StoreResult<Case>;
  /** Replaces a case if it is still at `expectedVersion`; its event log may only grow. */
  readonly update: (
    id: string,
    input: unknown,
    options: { readonly expectedVersion: number },
  ) => StoreResult<CaseHead>;
  /** Appends one event, validated by the lifecycle, if the case is still at `expectedVersion`. */
  readonly appendEvent: (
    id: string,
    event: unknown,
    options: { readonly expectedVersion: number },
  ) => StoreResult<CaseHead>;
  /** Records a consent (validated with the case), if the case is still at `expectedVersion`. */
  readonly recordConsent: (
    id: string,
    consent: unknown,
    options: { readonly expectedVersion: number },
  ) => StoreResult<CaseHead>;
  /** Marks a consent withdrawn on a date, if the case is still at `expectedVersion`. */
  readonly withdrawConsent: (
    id: string,
    consentId: string,
    options: { readonly expectedVersion: number; readonly date: string },
  ) => StoreResult<CaseHead>;
  /** Creates the case with this external id in its municipality, or replaces it; never duplicates. */
  readonly upsertByExternalId: (externalId: string, input: unknown) => StoreResult<UpsertOutcome>;
  /** A page of cases of one municipality, optionally in some lifecycle states. */
  readonly query: (query: CaseQuery) => StoreResult<Page<CaseHead>>;
  /** A page of the audit log. */
  readonly listAudit: (query: AuditQuery) => StoreResult<Page<AuditRecord>>;
  /**
   * Runs operations in one transaction: every input is validated first, then all are
   * written or none. With `checkpoint`, the import's position is stored in the same
   * transaction. Errors carry the operation's index first in their path.
   */
  readonly batch: (
    operations: readonly CaseOperation[],
    options?: { readonly checkpoint?: ImportCheckpoint },
  ) => StoreResult<readonly UpsertOutcome[]>;
  /** The last committed checkpoint of an import, to resume after it. */
  readonly readCheckpoint: (importId: string) => StoreResult<ImportCheckpoint | undefined>;
}
