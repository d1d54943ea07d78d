import type { StadigError } from '@stadig/core';
import { err, ok, type Result } from 'neverthrow';
import type { CaseOperation, CaseStoreErrors, UpsertOutcome } from './CaseStore';
import type { CaseRecord, CaseStorePort, ImportCheckpoint } from './CaseStorePort';
import { caseWrites, type StoreContext } from './caseWrites';
import { isStoreId } from './checkRequests';
import { missingId, type PreparedCase, prepareCase } from './prepareCase';
import { storeError } from './storeError';

type Prepared = { readonly op: CaseOperation; readonly prepared?: PreparedCase };

const at = (index: number, errors: readonly StadigError[]): StadigError[] =>
  errors.map((e) => Object.freeze({ ...e, path: Object.freeze([index, ...e.path]) }));

/** Thrown inside the transaction to roll it back; caught right outside it. */
class Rollback {
  constructor(readonly errors: CaseStoreErrors) {}
}

/**
 * Runs a batch: validates every operation first, then applies all in one port
 * transaction (with the checkpoint, if any), rolling back on the first failure.
 */
export async function runBatch(
  port: CaseStorePort,
  ctx: StoreContext,
  operations: readonly CaseOperation[],
  checkpoint: ImportCheckpoint | undefined,
): Promise<Result<readonly UpsertOutcome[], CaseStoreErrors>> {
  if (!Array.isArray(operations))
    return err([storeError('store.invalid-request', {}, ['operations'])]);
  if (
    checkpoint !== undefined &&
    (!isStoreId(checkpoint.importId) || !Number.isSafeInteger(checkpoint.position))
  ) {
    return err([storeError('store.invalid-request', {}, ['checkpoint'])]);
  }
  const problems: StadigError[] = [];
  const prepared: Prepared[] = operations.map((op, index) => {
    const kind = (op as { kind?: unknown } | null)?.kind;
    if (kind === 'append-event') return { op };
    if (kind !== 'create' && kind !== 'upsert' && kind !== 'update') {
      problems.push(...at(index, [storeError('store.invalid-request', {}, ['kind'])]));
      return { op };
    }
    const externalId = op.kind === 'update' ? undefined : op.externalId;
    if ((op.kind === 'upsert' || externalId !== undefined) && !isStoreId(externalId)) {
      problems.push(...at(index, [storeError('store.invalid-request', {}, ['externalId'])]));
      return { op };
    }
    const id = op.kind === 'update' ? () => op.id : () => missingId(op.input, ctx.newId);
    const p = prepareCase(op.input, ctx.asOf(), id);
    if (p.isErr()) problems.push(...at(index, p.error));
    return p.isOk() ? { op, prepared: p.value } : { op };
  });
  const [first, ...rest] = problems;
  if (first !== undefined) return err([first, ...rest]);
  try {
    return ok(
      await port.transaction(async (tx) => {
        const w = caseWrites(tx, ctx);
        const bulk = await insertAll(tx, w, prepared);
        if (bulk !== undefined) {
          if (checkpoint !== undefined) await tx.writeCheckpoint(checkpoint);
          return bulk;
        }
        const outcomes: UpsertOutcome[] = [];
        for (const [index, { op, prepared: p }] of prepared.entries()) {
          const done = await apply(w, op, p, ctx);
          if (done.isErr()) throw new Rollback(at(index, done.error) as unknown as CaseStoreErrors);
          outcomes.push(done.value);
        }
        if (checkpoint !== undefined) await tx.writeCheckpoint(checkpoint);
        return outcomes;
      }),
    );
  } catch (e) {
    if (e instanceof Rollback) return err(e.errors);
    throw e;
  }
}

/** A batch of creates only, through the port's `insertMany` when it has one; else `undefined`. */
async function insertAll(
  tx: CaseStorePort,
  w: ReturnType<typeof caseWrites>,
  prepared: readonly Prepared[],
): Promise<UpsertOutcome[] | undefined> {
  if (tx.insertMany === undefined || prepared.length === 0) return undefined;
  const records: CaseRecord[] = [];
  for (const { op, prepared: p } of prepared) {
    if (op.kind !== 'create' || p === undefined) return undefined;
    records.push({
      id: p.id,
      municipality: p.municipality,
      ...(op.externalId === undefined ? {} : { externalId: op.externalId }),
      version: 1,
      state: p.state,
      body: p.body,
      events: p.events,
      protectedPart: p.protectedPart,
    });
  }
  const answer = await tx.insertMany(
    records,
    records.map((r) => w.audit('case-created', r)),
  );
  if (answer !== 'ok') {
    throw new Rollback(
      at(answer.duplicateAt, [
        storeError('store.duplicate', {}, ['id']),
      ]) as unknown as CaseStoreErrors,
    );
  }
  return records.map(({ protectedPart: _p, ...head }) => ({ outcome: 'created' as const, head }));
}

async function apply(
  w: ReturnType<typeof caseWrites>,
  op: CaseOperation,
  p: PreparedCase | undefined,
  ctx: StoreContext,
): Promise<Result<UpsertOutcome, CaseStoreErrors>> {
  const created = (
    h: Result<UpsertOutcome['head'], CaseStoreErrors>,
    outcome: UpsertOutcome['outcome'],
  ) => h.map((head) => ({ outcome, head }));
  switch (op.kind) {
    case 'append-event':
      return created(await w.appendEvent(op.id, op.event, op.expectedVersion), 'updated');
    case 'create':
      return created(await w.create(p as PreparedCase, op.externalId), 'created');
    case 'update':
      return created(await w.update(op.id, p as PreparedCase, op.expectedVersion), 'updated');
    case 'upsert':
      return w.upsert(op.externalId, p as PreparedCase, (id) =>
        prepareCase(op.input, ctx.asOf(), () => id),
      );
  }
}
