/**
 * Example: the case store embedded in a small HTTP service (Fastify), with validation at
 * the edge and the database's row-level security per request.
 *
 * - `POST /cases` creates a case; the body is validated by `parseCase` (through the
 *   store) before anything is written. Problems come back as 400 with every problem's
 *   code, path and message in Swedish and English, never a value from the body.
 * - `GET /cases/:id` returns the case's head: its state, version and the parts that
 *   are not protected. Protected data is not served here at all.
 * - `GET /open-cases` lists the acting municipality's cases in planning or with an offer.
 * - `POST /cases/:id/events` appends an event; the `if-match` header carries the
 *   version the client saw, so a concurrent change gives 409 instead of a lost update.
 *
 * The acting municipality comes from the `x-stadig-municipality` header: a stand-in for
 * your own authentication, which must decide it. Each request gets a store acting for
 * that municipality only, so another municipality's case is simply not found.
 *
 * Run it: `node --conditions=@stadig/source --import tsx examples/http-service.ts`
 * (embedded PGlite in memory; listens on 127.0.0.1:3000).
 */
import {
  createPostgresCaseStorePort,
  migrateCaseStore,
  openPglite,
  type SqlEngine,
} from '@stadig/adapter-postgres';
import { type CaseStore, type CaseStoreErrors, createCaseStore } from '@stadig/case';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';

const statusOf: Readonly<Record<string, number>> = {
  'store.not-found': 404,
  'store.forbidden': 403,
  'store.version-conflict': 409,
  'store.duplicate': 409,
  'store.event-log-rewritten': 409,
  'store.municipality-changed': 409,
  'store.unavailable': 503,
};

/** Every problem as code, path and message: never a value from the request. */
function problems(reply: FastifyReply, errors: CaseStoreErrors) {
  const [first] = errors;
  const status =
    first === undefined
      ? 400
      : (statusOf[first.code] ?? (first.code.startsWith('store.') ? 500 : 400));
  return reply
    .code(status)
    .send({ errors: errors.map(({ code, path, message }) => ({ code, path, message })) });
}

/**
 * Builds the service on a migrated database. Ids and timestamps come from the caller,
 * so tests are deterministic.
 *
 * @param engine - the database (PGlite or a server), migrated
 * @param clock - the ids and the time the store records
 * @returns the Fastify instance (not listening yet)
 */
export function buildServer(
  engine: SqlEngine,
  clock: { readonly newId: () => string; readonly now: () => string },
): FastifyInstance {
  const app = Fastify({ logger: false });
  const storeFor = (request: FastifyRequest, reply: FastifyReply): CaseStore | undefined => {
    const municipality = request.headers['x-stadig-municipality'];
    if (typeof municipality !== 'string' || !/^\d{4}$/.test(municipality)) {
      void reply.code(401).send({ errors: [{ code: 'http.no-municipality', path: [] }] });
      return undefined;
    }
    const port = createPostgresCaseStorePort(engine, { municipalities: [municipality] });
    return createCaseStore(port, { ...clock, actor: `http:${municipality}` });
  };

  app.post('/cases', async (request, reply) => {
    const store = storeFor(request, reply);
    if (store === undefined) return reply;
    const created = await store.create(request.body);
    if (created.isErr()) return problems(reply, created.error);
    const { id, version, state } = created.value;
    return reply.code(201).send({ id, version, state });
  });

  app.get<{ Params: { id: string } }>('/cases/:id', async (request, reply) => {
    const store = storeFor(request, reply);
    if (store === undefined) return reply;
    const head = await store.get(request.params.id);
    if (head.isErr()) return problems(reply, head.error);
    const { id, municipality, version, state, body, events } = head.value;
    return reply.send({ id, municipality, version, state, body, events });
  });

  app.get('/open-cases', async (request, reply) => {
    const store = storeFor(request, reply);
    if (store === undefined) return reply;
    const municipality = String(request.headers['x-stadig-municipality']);
    const page = await store.query({
      municipality,
      states: ['planning', 'offer-pending'],
      limit: 100,
    });
    if (page.isErr()) return problems(reply, page.error);
    return reply.send({
      items: page.value.items.map(({ id, version, state }) => ({ id, version, state })),
    });
  });

  app.post<{ Params: { id: string } }>('/cases/:id/events', async (request, reply) => {
    const store = storeFor(request, reply);
    if (store === undefined) return reply;
    const expectedVersion = Number(request.headers['if-match']);
    if (!Number.isSafeInteger(expectedVersion)) {
      return reply.code(428).send({ errors: [{ code: 'http.if-match-required', path: [] }] });
    }
    const head = await store.appendEvent(request.params.id, request.body, { expectedVersion });
    if (head.isErr()) return problems(reply, head.error);
    const { id, version, state } = head.value;
    return reply.send({ id, version, state });
  });

  return app;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const engine = (await openPglite())._unsafeUnwrap();
  (await migrateCaseStore(engine))._unsafeUnwrap();
  let n = 0;
  const app = buildServer(engine, {
    newId: () => `case-${++n}`,
    now: () => new Date().toISOString(),
  });
  await app.listen({ host: '127.0.0.1', port: 3000 });
  process.stdout.write('Listening on http://127.0.0.1:3000 (embedded PGlite, in memory)\n');
}
