/**
 * Example: an adapter for another store, checked by the conformance kit.
 *
 * The store here is one JSON file on disk, the kind of store a small pilot might start
 * with: every operation reads the file, works on the document, and writes it back
 * atomically (a temporary file renamed over the old one), one operation at a time. A
 * transaction is one read and one write, so a batch that fails leaves the file as it
 * was. Protected parts are kept under their own key, and the audit entry of each write
 * is stored in the same write as the change.
 *
 * `examples/custom-adapter.test.ts` runs `runAdapterConformance` from
 * `@stadig/adapter-testkit` against it, with an oracle that reads the file itself.
 * See docs/en/adapters.md, "Writing an adapter for another store".
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { StoreOracle } from '@stadig/adapter-testkit';
import {
  type AuditEntry,
  type AuditRecord,
  type CaseHead,
  type CaseRecord,
  type CaseStorePort,
  caseStoreFailure,
  type ImportCheckpoint,
  type Page,
} from '@stadig/case';

/** The whole store: one JSON document. */
interface Document {
  cases: Record<string, Omit<CaseRecord, 'protectedPart'>>;
  protectedParts: Record<string, CaseRecord['protectedPart']>;
  audit: AuditRecord[];
  checkpoints: Record<string, ImportCheckpoint>;
}

const json = <T>(value: T): T =>
  value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);

function load(file: string): Document {
  if (!existsSync(file)) return { cases: {}, protectedParts: {}, audit: [], checkpoints: {} };
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Document;
  } catch {
    // Never the file's content or path in an error: a code only.
    throw caseStoreFailure('failed');
  }
}

function save(file: string, doc: Document): void {
  writeFileSync(`${file}.tmp`, JSON.stringify(doc));
  renameSync(`${file}.tmp`, file);
}

function page<T>(matching: readonly T[], limit: number, key: (item: T) => string): Page<T> {
  const items = json(matching.slice(0, limit));
  const last = items[items.length - 1];
  return matching.length > limit && last !== undefined ? { items, next: key(last) } : { items };
}

/** The port's operations on one loaded document (changes are saved by the caller). */
function on(doc: Document): Omit<CaseStorePort, 'transaction'> {
  const audit = (entry: AuditEntry) =>
    doc.audit.push({ ...json(entry), seq: doc.audit.length + 1 });
  const head = (id: string): CaseHead | undefined => json(doc.cases[id]);
  const byExternalId = (municipality: string, externalId: string) =>
    Object.values(doc.cases).find(
      (c) => c.municipality === municipality && c.externalId === externalId,
    );
  const taken = (r: CaseRecord) =>
    doc.cases[r.id] !== undefined ||
    (r.externalId !== undefined && byExternalId(r.municipality, r.externalId) !== undefined);
  const put = ({ protectedPart, ...rest }: CaseRecord) => {
    doc.cases[rest.id] = json(rest);
    doc.protectedParts[rest.id] = json(protectedPart);
  };
  return {
    insert: async (record, entry) => {
      if (taken(record)) return 'duplicate';
      put(record);
      audit(entry);
      return 'ok';
    },
    get: async (id) => head(id),
    getByExternalId: async (municipality, externalId) =>
      json(byExternalId(municipality, externalId)),
    readProtected: async (id, entry) => {
      const part = doc.protectedParts[id];
      if (part === undefined) return undefined;
      audit(entry); // stored before anything is returned
      return json(part);
    },
    update: async (change, entry) => {
      const found = doc.cases[change.id];
      if (found === undefined) return 'not-found';
      if (found.version !== change.expectedVersion) return 'conflict';
      doc.cases[change.id] = json({
        ...found,
        version: found.version + 1,
        state: change.state,
        body: change.body,
        events: [...found.events, ...change.appendEvents],
      });
      if (change.protectedPart !== undefined)
        doc.protectedParts[change.id] = json(change.protectedPart);
      audit(entry);
      return 'ok';
    },
    query: async ({ municipality, states, limit, after }) =>
      page(
        Object.values(doc.cases)
          .filter(
            (c) =>
              c.municipality === municipality && (states === undefined || states.includes(c.state)),
          )
          .filter((c) => after === undefined || c.id > after)
          .sort((a, b) => (a.id < b.id ? -1 : 1)),
        limit,
        (c) => c.id,
      ),
    listAudit: async ({ caseId, municipality, limit, after }) =>
      page(
        doc.audit.filter(
          (a) =>
            a.seq > Number(after ?? 0) &&
            (caseId === undefined || a.caseId === caseId) &&
            (municipality === undefined || a.municipality === municipality),
        ),
        limit,
        (a) => String(a.seq),
      ),
    readCheckpoint: async (importId) => json(doc.checkpoints[importId]),
    writeCheckpoint: async (checkpoint) => {
      doc.checkpoints[checkpoint.importId] = json(checkpoint);
    },
  };
}

/**
 * A case store port on one JSON file, and an oracle that reads the file directly.
 *
 * @param file - the path of the store's file (created on the first write)
 * @returns the port and the oracle
 */
export function createJsonFileCaseStorePort(file: string): {
  port: CaseStorePort;
  oracle: StoreOracle;
} {
  let queue: Promise<unknown> = Promise.resolve();
  /** One operation at a time: load, work, save (only when the work succeeds). */
  const serial = <T>(work: (doc: Document) => Promise<T>, write: boolean): Promise<T> => {
    const run = queue.then(async () => {
      const doc = load(file);
      const result = await work(doc);
      if (write) save(file, doc);
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  };
  const inside = (doc: Document): CaseStorePort => ({
    ...on(doc),
    // Already inside a transaction: a nested one joins it.
    transaction: (work) => work(inside(doc)),
  });
  const reads = new Set(['get', 'getByExternalId', 'query', 'listAudit', 'readCheckpoint']);
  const operations = Object.keys(on(load(file))) as (keyof ReturnType<typeof on>)[];
  const port = Object.fromEntries(
    operations.map((name) => [
      name,
      (...args: unknown[]) =>
        serial(
          (doc) => (on(doc)[name] as (...a: unknown[]) => Promise<unknown>)(...args),
          !reads.has(name),
        ),
    ]),
  ) as unknown as Omit<CaseStorePort, 'transaction'>;
  const oracle: StoreOracle = {
    readCase: async (id) => {
      const doc = load(file);
      const c = doc.cases[id];
      const protectedPart = doc.protectedParts[id];
      return c === undefined || protectedPart === undefined
        ? undefined
        : json({ ...c, protectedPart });
    },
    countCases: async () => Object.keys(load(file).cases).length,
    auditEntries: async (caseId) => load(file).audit.filter((a) => a.caseId === caseId),
    readCheckpoint: async (importId) => load(file).checkpoints[importId],
  };
  return {
    port: { ...port, transaction: (work) => serial((doc) => work(inside(doc)), true) },
    oracle,
  };
}
