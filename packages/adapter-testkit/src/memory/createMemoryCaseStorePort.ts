import type {
  AuditEntry,
  AuditRecord,
  CaseHead,
  CaseRecord,
  CaseStorePort,
  ImportCheckpoint,
} from '@stadig/case';
import type { StoreOracle } from '../StoreOracle';

/** Everything the memory store holds. */
interface MemoryState {
  cases: Map<string, CaseRecord>;
  audit: AuditRecord[];
  checkpoints: Map<string, ImportCheckpoint>;
}

const copy = <T>(value: T): T => structuredClone(value);
const headOf = ({ protectedPart: _p, ...head }: CaseRecord): CaseHead => copy(head);
const fresh = (): MemoryState => ({ cases: new Map(), audit: [], checkpoints: new Map() });

/**
 * The in-memory reference adapter: a case store port over a few `Map`s, small enough
 * to be obviously correct, and the oracle that looks straight into them. Every value
 * is copied in and out; operations run one at a time; a transaction works on a copy
 * of the state that replaces the state only when the work succeeds.
 *
 * @returns the port and its store oracle
 *
 * @example
 * ```ts
 * const { port, oracle } = createMemoryCaseStorePort();
 * const store = createCaseStore(port, { newId, now, actor: 'test' });
 * await store.create(exampleCaseInput());
 * await oracle.countCases();
 * //=> 1
 * ```
 */
export function createMemoryCaseStorePort(): { port: CaseStorePort; oracle: StoreOracle } {
  let state = fresh();
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };
  const port = (
    s: () => MemoryState,
    lock: <T>(work: () => Promise<T>) => Promise<T>,
  ): CaseStorePort => {
    const audit = (entry: AuditEntry) => {
      s().audit.push(copy({ ...entry, seq: s().audit.length + 1 }));
    };
    const byExternalId = (municipality: string, externalId: string) =>
      [...s().cases.values()].find(
        (c) => c.municipality === municipality && c.externalId === externalId,
      );
    return {
      insert: (record, entry) =>
        lock(async () => {
          const taken =
            s().cases.has(record.id) ||
            (record.externalId !== undefined &&
              byExternalId(record.municipality, record.externalId) !== undefined);
          if (taken) return 'duplicate';
          s().cases.set(record.id, copy(record));
          audit(entry);
          return 'ok';
        }),
      get: (id) =>
        lock(async () => {
          const found = s().cases.get(id);
          return found === undefined ? undefined : headOf(found);
        }),
      getByExternalId: (municipality, externalId) =>
        lock(async () => {
          const found = byExternalId(municipality, externalId);
          return found === undefined ? undefined : headOf(found);
        }),
      readProtected: (id, entry) =>
        lock(async () => {
          const found = s().cases.get(id);
          if (found === undefined) return undefined;
          audit(entry);
          return copy(found.protectedPart);
        }),
      update: (change, entry) =>
        lock(async () => {
          const found = s().cases.get(change.id);
          if (found === undefined) return 'not-found';
          if (found.version !== change.expectedVersion) return 'conflict';
          s().cases.set(
            change.id,
            copy({
              ...found,
              version: found.version + 1,
              state: change.state,
              body: change.body,
              events: [...found.events, ...change.appendEvents],
              protectedPart: change.protectedPart ?? found.protectedPart,
            }),
          );
          audit(entry);
          return 'ok';
        }),
      query: ({ municipality, states, limit, after }) =>
        lock(async () => {
          const matching = [...s().cases.values()]
            .filter(
              (c) =>
                c.municipality === municipality &&
                (states === undefined || states.includes(c.state)),
            )
            .filter((c) => after === undefined || c.id > after)
            .sort((a, b) => (a.id < b.id ? -1 : 1));
          const items = matching.slice(0, limit).map(headOf);
          const last = items[items.length - 1];
          return matching.length > limit && last !== undefined
            ? { items, next: last.id }
            : { items };
        }),
      listAudit: ({ caseId, municipality, limit, after }) =>
        lock(async () => {
          const from = after === undefined ? 0 : Number(after);
          const matching = s().audit.filter(
            (a) =>
              a.seq > from &&
              (caseId === undefined || a.caseId === caseId) &&
              (municipality === undefined || a.municipality === municipality),
          );
          const items = copy(matching.slice(0, limit));
          const last = items[items.length - 1];
          return matching.length > limit && last !== undefined
            ? { items, next: String(last.seq) }
            : { items };
        }),
      readCheckpoint: (importId) => lock(async () => copy(s().checkpoints.get(importId))),
      writeCheckpoint: (checkpoint) =>
        lock(async () => {
          s().checkpoints.set(checkpoint.importId, copy(checkpoint));
        }),
      transaction: (work) =>
        serial(async () => {
          const draft: MemoryState = copy(state);
          const result = await work(
            port(
              () => draft,
              (w) => w(),
            ),
          );
          state = draft;
          return result;
        }),
    };
  };
  const oracle: StoreOracle = {
    readCase: async (id) => copy(state.cases.get(id)),
    countCases: async () => state.cases.size,
    auditEntries: async (caseId) => copy(state.audit.filter((a) => a.caseId === caseId)),
    readCheckpoint: async (importId) => copy(state.checkpoints.get(importId)),
  };
  return { port: port(() => state, serial), oracle };
}
