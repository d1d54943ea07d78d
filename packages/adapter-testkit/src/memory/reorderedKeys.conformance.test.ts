import type { CaseStorePort } from '@stadig/case';
import { runAdapterConformance } from '../runAdapterConformance';
import { createMemoryCaseStorePort } from './createMemoryCaseStorePort';

/** Every object with its keys in reverse order, as a store such as PostgreSQL's jsonb may return them. */
const reordered = <T>(value: T): T =>
  Array.isArray(value)
    ? (value.map(reordered) as T)
    : typeof value === 'object' && value !== null
      ? (Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([k, v]) => [k, reordered(v)]),
        ) as T)
      : value;

/** A test-only adapter: the memory store behind a port that hands back reordered objects. */
function reorderingPort(inner: CaseStorePort): CaseStorePort {
  return {
    ...inner,
    get: async (id) => reordered(await inner.get(id)),
    getByExternalId: async (m, x) => reordered(await inner.getByExternalId(m, x)),
    readProtected: async (id, audit) => reordered(await inner.readProtected(id, audit)),
    query: async (q) => reordered(await inner.query(q)),
    listAudit: async (q) => reordered(await inner.listAudit(q)),
    transaction: (work) => inner.transaction((tx) => work(reorderingPort(tx))),
  };
}

runAdapterConformance({
  adapter: 'test-only: memory, with objects handed back in another key order',
  setup: async () => {
    const { port, oracle } = createMemoryCaseStorePort();
    return { port: reorderingPort(port), oracle };
  },
});
