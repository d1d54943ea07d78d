import { type DateOnly, parseDateOnly } from '@stadig/core';
import { err, ok, type Result } from 'neverthrow';
import { parseCase } from '../model/parseCase';
import type { CaseStore, CaseStoreErrors, CaseStoreOptions } from './CaseStore';
import type { CaseStorePort } from './CaseStorePort';
import { caseWrites, type StoreContext } from './caseWrites';
import { checkAuditQuery, checkCaseQuery, isReadReason, isStoreId } from './checkRequests';
import { joinCaseParts } from './joinCaseParts';
import { missingId, prepareCase } from './prepareCase';
import { runBatch } from './runBatch';
import { failureError, storeError } from './storeError';

const bad = (path: string) =>
  err([storeError('store.invalid-request', {}, [path])] as CaseStoreErrors);

/**
 * Makes a case store from a thin {@link CaseStorePort}: every input is validated with
 * `parseCase` (or the lifecycle, for an event) before anything is written, ids and
 * audit entries are made here from the injected `newId`, `now` and `actor`, and every
 * failure, including the store's own (unreachable, wrong credentials, old schema), is
 * an error value with an sv/en message. Nothing thrown by the port escapes.
 *
 * @param port - the adapter
 * @param options - `newId`, `now`, `actor` and optionally `asOf`
 * @returns the store
 *
 * @example
 * ```ts
 * const store = createCaseStore(createMemoryCaseStorePort(), { newId, now, actor: 'handlaggare-17' });
 * (await store.create(exampleCaseInput()))._unsafeUnwrap().state;
 * //=> 'planning'
 * ```
 */
/*@__NO_SIDE_EFFECTS__*/
export function createCaseStore(port: CaseStorePort, options: CaseStoreOptions): CaseStore {
  const ctx: StoreContext = {
    ...options,
    asOf:
      options.asOf ??
      (() => parseDateOnly(options.now().slice(0, 10)).unwrapOr('2000-01-01' as DateOnly)),
  };
  const w = caseWrites(port, ctx);
  const guard =
    <A extends unknown[], T>(fn: (...args: A) => Promise<Result<T, CaseStoreErrors>>) =>
    async (...args: A) => {
      try {
        return await fn(...args);
      } catch (e) {
        return err([failureError(e)] as CaseStoreErrors);
      }
    };
  const version = (n: unknown) => Number.isSafeInteger(n) && (n as number) >= 1;
  return {
    create: guard(async (input, opts) => {
      if (opts?.externalId !== undefined && !isStoreId(opts.externalId)) return bad('externalId');
      const p = prepareCase(input, ctx.asOf(), () => missingId(input, ctx.newId));
      return p.isErr() ? err(p.error) : w.create(p.value, opts?.externalId);
    }),
    get: guard(async (id) => (isStoreId(id) ? w.head(id) : bad('id'))),
    readProtected: guard(async (id, reason) => {
      if (!isStoreId(id)) return bad('id');
      if (!isReadReason(reason)) return bad('reason');
      const head = await w.head(id);
      if (head.isErr()) return err(head.error);
      const part = await port.readProtected(id, w.audit('protected-read', head.value, reason));
      if (part === undefined)
        return err([storeError('store.not-found', {}, ['id'])] as CaseStoreErrors);
      const whole = joinCaseParts(head.value.body, part, head.value.events);
      const parsed = whole === undefined ? undefined : parseCase(whole, { asOf: ctx.asOf() });
      return parsed?.isOk()
        ? ok(parsed.value)
        : err([storeError('store.corrupt', {}, [])] as CaseStoreErrors);
    }),
    update: guard(async (id, input, opts) => {
      if (!isStoreId(id)) return bad('id');
      if (!version(opts?.expectedVersion)) return bad('expectedVersion');
      const p = prepareCase(input, ctx.asOf(), () => id);
      return p.isErr() ? err(p.error) : w.update(id, p.value, opts.expectedVersion);
    }),
    appendEvent: guard(async (id, event, opts) => {
      if (!isStoreId(id)) return bad('id');
      if (!version(opts?.expectedVersion)) return bad('expectedVersion');
      return w.appendEvent(id, event, opts.expectedVersion);
    }),
    recordConsent: guard(async (id, consent, opts) => {
      if (!isStoreId(id)) return bad('id');
      if (!version(opts?.expectedVersion)) return bad('expectedVersion');
      return w.changeBody(id, opts.expectedVersion, 'consent-recorded', (body) =>
        ok({ ...body, consents: [...body.consents, JSON.parse(JSON.stringify(consent ?? null))] }),
      );
    }),
    withdrawConsent: guard(async (id, consentId, opts) => {
      if (!isStoreId(id) || !isStoreId(consentId)) return bad('id');
      if (!version(opts?.expectedVersion) || typeof opts.date !== 'string')
        return bad('expectedVersion');
      return w.changeBody(id, opts.expectedVersion, 'consent-withdrawn', (body) => {
        const index = body.consents.findIndex((c) => c.id === consentId);
        if (index < 0)
          return err([storeError('store.consent-not-found', {}, ['consentId'])] as CaseStoreErrors);
        const consents = body.consents.map((c, i) =>
          i === index ? { ...c, withdrawn: opts.date } : c,
        );
        return ok({ ...body, consents });
      });
    }),
    upsertByExternalId: guard(async (externalId, input) => {
      if (!isStoreId(externalId)) return bad('externalId');
      const p = prepareCase(input, ctx.asOf(), () => missingId(input, ctx.newId));
      if (p.isErr()) return err(p.error);
      return w.upsert(externalId, p.value, (id) => prepareCase(input, ctx.asOf(), () => id));
    }),
    query: guard(async (query) =>
      checkCaseQuery(query) ? ok(await port.query(query)) : bad('query'),
    ),
    listAudit: guard(async (query) =>
      checkAuditQuery(query) ? ok(await port.listAudit(query)) : bad('query'),
    ),
    batch: guard(async (operations, opts) => runBatch(port, ctx, operations, opts?.checkpoint)),
    readCheckpoint: guard(async (importId) =>
      isStoreId(importId) ? ok(await port.readCheckpoint(importId)) : bad('importId'),
    ),
  };
}
