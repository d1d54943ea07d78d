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
        const bulk = await insertAll(tx, w, prepared, ctx);
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

/**
 * A batch of creates and upserts, through the port's `insertMany` when it has one; else
 * `undefined`. New cases go in together. At a case whose id or external id is taken,
 * a create fails the batch (`store.duplicate`), while an upsert goes the general way
 * (it updates the case with that external id); the cases after it go on in bulk.
 */
async function insertAll(
  tx: CaseStorePort,
  w: ReturnType<typeof caseWrites>,
  prepared: readonly Prepared[],
  ctx: StoreContext,
): Promise<UpsertOutcome[] | undefined> {
  if (tx.insertMany === undefined || prepared.length === 0) return undefined;
  const records: CaseRecord[] = [];
  for (const { op, prepared: p } of prepared) {
    if ((op.kind !== 'create' && op.kind !== 'upsert') || p === undefined) return undefined;
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
  const audits = records.map((r) => w.audit('case-created', r));
  const outcomes: UpsertOutcome[] = [];
  /**
   * The case at `index` the general way (an upsert creates or updates it); `taken` when
   * the bulk call met its id or external id, which fails a create.
   */
  const one = async (index: number, taken: boolean): Promise<UpsertOutcome> => {
    const { op, prepared: p } = prepared[index] as Prepared;
    const done =
      taken && op.kind === 'create'
        ? err([storeError('store.duplicate', {}, ['id'])] as unknown as CaseStoreErrors)
        : await apply(w, op, p, ctx);
    if (done.isErr()) throw new Rollback(at(index, done.error) as unknown as CaseStoreErrors);
    outcomes.push(done.value);
    return done.value;
  };
  const created = (from: number, to: number) => {
    for (const { protectedPart: _p, ...head } of records.slice(from, to))
      outcomes.push({ outcome: 'created', head });
  };
  // `window` cases go in bulk at a time. After a case that exists, the next goes the
  // general way (window 0), and so do those after it while they exist too: a batch of
  // cases that all exist costs one bulk call more than case by case, not the rest of
  // the batch sent again for each. A new case found that way starts the bulk again,
  // with a window that doubles with each call that stores all it sends.
  let window = records.length;
  for (let from = 0; from < records.length; ) {
    if (window === 0) {
      const done = await one(from, false);
      window = done.outcome === 'created' ? 2 : 0;
      from++;
      continue;
    }
    const to = Math.min(records.length, from + window);
    const whole = from === 0 && to === records.length;
    const answer = await tx.insertMany(
      whole ? records : records.slice(from, to),
      whole ? audits : audits.slice(from, to),
    );
    if (answer === 'ok') {
      created(from, to);
      from = to;
      window *= 2;
      continue;
    }
    const taken = from + answer.duplicateAt;
    created(from, taken);
    await one(taken, true);
    from = taken + 1;
    window = 0;
  }
  return outcomes;
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
