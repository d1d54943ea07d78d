import type { DateOnly, StadigError } from '@stadig/core';
import { parseWithSchema } from '@stadig/core';
import { err, ok, type Result } from 'neverthrow';
import type { CaseEvent } from '../lifecycle/caseEventSchema';
import { caseEventSchema } from '../lifecycle/caseEventSchema';
import { deriveState } from '../lifecycle/deriveState';
import { nextState } from '../lifecycle/nextState';
import type { AuditAction } from './auditVocabulary';
import type { CaseBody } from './CaseParts';
import type { CaseStoreErrors, ReadReason, UpsertOutcome } from './CaseStore';
import type { AuditEntry, CaseHead, CaseStorePort } from './CaseStorePort';
import { checkBody, type PreparedCase } from './prepareCase';
import { storeError } from './storeError';

/** What the factory's operations share: the injected id maker, clock and actor. */
export interface StoreContext {
  readonly newId: () => string;
  readonly now: () => string;
  readonly actor: string;
  readonly asOf: () => DateOnly;
}

type Answer<T> = Promise<Result<T, CaseStoreErrors>>;
const fail = (e: StadigError) => err([e] as CaseStoreErrors);
const canonical = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(canonical)
    : typeof v === 'object' && v !== null
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
        )
      : v;
/** Equal as JSON, whatever the order of keys (a store such as jsonb may reorder them). */
const same = (a: unknown, b: unknown) =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** The writes of a case store on one port (the store's, or a transaction's). */
export function caseWrites(port: CaseStorePort, ctx: StoreContext) {
  const audit = (
    action: AuditAction,
    head: { id: string; municipality: string },
    reason?: ReadReason,
  ): AuditEntry => ({
    id: ctx.newId(),
    at: ctx.now(),
    actor: ctx.actor,
    action,
    caseId: head.id,
    municipality: head.municipality,
    ...(reason === undefined ? {} : { purpose: reason.purpose, legalGround: reason.legalGround }),
  });
  const head = async (id: string): Answer<CaseHead> => {
    const found = await port.get(id);
    return found === undefined ? fail(storeError('store.not-found', {}, ['id'])) : ok(found);
  };
  const change = async (
    before: CaseHead,
    expectedVersion: number,
    action: AuditAction,
    next: Pick<PreparedCase, 'body' | 'state' | 'events'> &
      Partial<Pick<PreparedCase, 'protectedPart'>>,
  ): Answer<CaseHead> => {
    if (before.version !== expectedVersion) {
      return fail(
        storeError('store.version-conflict', { expected: expectedVersion }, ['expectedVersion']),
      );
    }
    if (!same(next.events.slice(0, before.events.length), before.events)) {
      return fail(storeError('store.event-log-rewritten', {}, ['events']));
    }
    const appendEvents = next.events.slice(before.events.length);
    const answer = await port.update(
      {
        id: before.id,
        expectedVersion,
        state: next.state,
        body: next.body,
        appendEvents,
        ...(next.protectedPart === undefined ? {} : { protectedPart: next.protectedPart }),
        ...(before.externalId === undefined ? {} : { externalId: before.externalId }),
      },
      audit(action, before),
    );
    if (answer === 'not-found') return fail(storeError('store.not-found', {}, ['id']));
    if (answer === 'conflict') {
      return fail(
        storeError('store.version-conflict', { expected: expectedVersion }, ['expectedVersion']),
      );
    }
    return ok({
      ...before,
      version: expectedVersion + 1,
      state: next.state,
      body: next.body,
      events: next.events,
    });
  };
  const create = async (p: PreparedCase, externalId?: string): Answer<CaseHead> => {
    const stored: CaseHead = {
      id: p.id,
      municipality: p.municipality,
      ...(externalId === undefined ? {} : { externalId }),
      version: 1,
      state: p.state,
      body: p.body,
      events: p.events,
    };
    const answer = await port.insert(
      { ...stored, protectedPart: p.protectedPart },
      audit('case-created', stored),
    );
    return answer === 'duplicate' ? fail(storeError('store.duplicate', {}, ['id'])) : ok(stored);
  };
  const update = async (id: string, p: PreparedCase, expectedVersion: number): Answer<CaseHead> => {
    const before = await head(id);
    if (before.isErr()) return err(before.error);
    if (before.value.municipality !== p.municipality) {
      return fail(storeError('store.municipality-changed', {}, ['municipality']));
    }
    return change(before.value, expectedVersion, 'case-updated', p);
  };
  const upsert = async (
    externalId: string,
    p: PreparedCase,
    reprepare: (id: string) => Result<PreparedCase, CaseStoreErrors>,
  ): Answer<UpsertOutcome> => {
    const existing = await port.getByExternalId(p.municipality, externalId);
    if (existing === undefined)
      return (await create(p, externalId)).map((h) => ({ outcome: 'created' as const, head: h }));
    const again = existing.id === p.id ? ok(p) : reprepare(existing.id);
    if (again.isErr()) return err(again.error);
    const changed = await change(existing, existing.version, 'case-updated', again.value);
    return changed.map((h) => ({ outcome: 'updated' as const, head: h }));
  };
  const appendEvent = async (
    id: string,
    event: unknown,
    expectedVersion: number,
  ): Answer<CaseHead> => {
    const parsed = parseWithSchema(caseEventSchema, event, { path: ['event'] });
    if (parsed.isErr()) return err(parsed.error);
    const before = await head(id);
    if (before.isErr()) return err(before.error);
    const log = before.value.events as readonly CaseEvent[];
    const next = deriveState(log).andThen((s) => nextState(s, parsed.value, ['event']));
    if (next.isErr()) return fail(next.error);
    const events = [...before.value.events, JSON.parse(JSON.stringify(event))];
    return change(before.value, expectedVersion, 'events-appended', {
      body: before.value.body,
      state: next.value.state,
      events,
    });
  };
  const changeBody = async (
    id: string,
    expectedVersion: number,
    action: AuditAction,
    edit: (body: CaseBody) => Result<CaseBody, CaseStoreErrors>,
  ): Answer<CaseHead> => {
    const before = await head(id);
    if (before.isErr()) return err(before.error);
    const body = edit(before.value.body);
    if (body.isErr()) return err(body.error);
    const state = checkBody(body.value, before.value.events, ctx.asOf());
    if (state.isErr()) return err(state.error);
    return change(before.value, expectedVersion, action, {
      body: body.value,
      state: state.value,
      events: before.value.events,
    });
  };
  return { audit, head, create, update, upsert, appendEvent, changeBody };
}
