import { migrateCaseStore, openPglite, type SqlEngine } from '@stadig/adapter-postgres';
import { exampleCaseInput } from '@stadig/case/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './http-service';

let engine: SqlEngine;
let app: FastifyInstance;

beforeAll(async () => {
  engine = (await openPglite())._unsafeUnwrap();
  (await migrateCaseStore(engine))._unsafeUnwrap();
  let n = 0;
  app = buildServer(engine, { newId: () => `case-${++n}`, now: () => '2026-01-15T10:00:00.000Z' });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await engine?.close();
});

const input = exampleCaseInput();
const as = (municipality: string) => ({ 'x-stadig-municipality': municipality });

describe('example: the case store in an HTTP service', () => {
  it('creates a case, serves its head without protected data, and lists it as open', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/cases',
      headers: as(input.municipality),
      payload: input,
    });
    expect(created.statusCode).toBe(201);
    const { id, version } = created.json();
    const head = await app.inject({ url: `/cases/${id}`, headers: as(input.municipality) });
    expect(head.statusCode).toBe(200);
    expect(head.json()).toMatchObject({ id, version, municipality: input.municipality });
    expect(head.body).not.toContain(input.household.survivor.name);
    for (const note of input.notes ?? []) expect(head.body).not.toContain(note);
    const open = await app.inject({ url: '/open-cases', headers: as(input.municipality) });
    expect(open.json().items.map((c: { id: string }) => c.id)).toContain(id);
  });

  it('answers 400 with every problem by path, never echoing a value', async () => {
    const bad = { ...input, id: 'x y', household: { ...input.household, survivor: { name: '' } } };
    const response = await app.inject({
      method: 'POST',
      url: '/cases',
      headers: as(input.municipality),
      payload: bad,
    });
    expect(response.statusCode).toBe(400);
    const { errors } = response.json();
    expect(errors.length).toBeGreaterThan(0);
    expect(
      errors.every(
        (e: { code: string; message: { sv: string; en: string } }) =>
          e.code && e.message.sv && e.message.en,
      ),
    ).toBe(true);
    expect(response.body).not.toContain('x y');
  });

  it('shows another municipality nothing: row-level security per request', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/cases',
      headers: as(input.municipality),
      payload: { ...input, id: 'c-rls' },
    });
    const { id } = created.json();
    const other = input.municipality === '0180' ? '2080' : '0180';
    expect((await app.inject({ url: `/cases/${id}`, headers: as(other) })).statusCode).toBe(404);
    expect((await app.inject({ url: `/cases/${id}` })).statusCode).toBe(401);
  });

  it('appends an event at the version the client saw, and refuses a stale one with 409', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/cases',
      headers: as(input.municipality),
      payload: { ...input, id: 'c-events' },
    });
    const { id, version } = created.json();
    // The example case is in planning: an offer may be made, and then another.
    const event = { type: 'offer-made', date: '2025-03-01', offerId: 'o1', municipality: '2062' };
    const first = await app.inject({
      method: 'POST',
      url: `/cases/${id}/events`,
      headers: { ...as(input.municipality), 'if-match': String(version) },
      payload: event,
    });
    expect(first.statusCode).toBe(200);
    const stale = await app.inject({
      method: 'POST',
      url: `/cases/${id}/events`,
      headers: { ...as(input.municipality), 'if-match': String(version) },
      payload: event,
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/cases/${id}/events`,
          headers: as(input.municipality),
          payload: event,
        })
      ).statusCode,
    ).toBe(428);
  });
});
