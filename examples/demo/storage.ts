import {
  createPostgresCaseStorePort,
  migrateCaseStore,
  openPglite,
  type SqlEngine,
} from '@stadig/adapter-postgres';
import {
  type Case,
  type CaseOperation,
  type CaseStore,
  createCaseStore,
  deriveState,
  generateCaseInputs,
} from '@stadig/case';
import { type DateOnly, getMunicipality, municipalities } from '@stadig/core';
import { demoNetwork } from './cases';

/** What storing the network in the embedded database did. */
export interface DemoStorage {
  readonly cases: readonly Case[];
  readonly imported: number;
  readonly batches: number;
  readonly protectedReads: number;
  readonly isolation: {
    readonly municipality: string;
    readonly openCases: number;
    readonly expected: number;
    readonly otherCaseVisible: boolean;
  };
  readonly seconds: { readonly open: number; readonly import: number; readonly read: number };
}

const BATCH = 500;

function store(
  engine: SqlEngine,
  acting: readonly string[],
  actor: string,
  asOf: DateOnly,
): CaseStore {
  let n = 0;
  return createCaseStore(createPostgresCaseStorePort(engine, { municipalities: acting }), {
    newId: () => `demo-${String(++n).padStart(5, '0')}`,
    // The demo is the edge: it may read the clock for the audit log's timestamps.
    now: () => new Date().toISOString(),
    actor,
    asOf: () => asOf,
  });
}

/**
 * Stores the demo's synthetic network in embedded PostgreSQL (PGlite, in memory: no
 * server, nothing installed): migrations, then the cases in transactional batches
 * (validated by `parseCase` before anything is written), then every case read back
 * through the audited protected read, so the rest of the demo works on what the
 * database returns. It also shows row-level security: a connection acting for one
 * municipality sees only that municipality's open cases, and not another's case.
 *
 * @param asOf - the day the cases are seen on
 * @returns the cases read back and what was done
 */
export async function demoStorage(asOf: DateOnly): Promise<DemoStorage> {
  const t0 = performance.now();
  const engine = (await openPglite())._unsafeUnwrap();
  try {
    (await migrateCaseStore(engine))._unsafeUnwrap();
    const t1 = performance.now();
    const inputs = generateCaseInputs({ ...demoNetwork, asOf });
    const network = store(
      engine,
      municipalities.map((m) => m.code),
      'demo-import',
      asOf,
    );
    let imported = 0;
    let batches = 0;
    for (let i = 0; i < inputs.length; i += BATCH) {
      const operations: CaseOperation[] = inputs
        .slice(i, i + BATCH)
        .map((input) => ({ kind: 'create', input, externalId: String(input.id) }));
      const outcome = (
        await network.batch(operations, {
          checkpoint: { importId: 'demo', position: Math.min(i + BATCH, inputs.length) },
        })
      )._unsafeUnwrap();
      imported += outcome.length;
      batches++;
    }
    const t2 = performance.now();
    const ids: string[] = [];
    for (const m of municipalities) {
      let after: string | undefined;
      do {
        const page = (
          await network.query({ municipality: m.code, limit: 500, ...(after ? { after } : {}) })
        )._unsafeUnwrap();
        ids.push(...page.items.map((h) => h.id));
        after = page.next;
      } while (after !== undefined);
    }
    const reason = { purpose: 'case-handling', legalGround: 'public-task' } as const;
    const cases: Case[] = [];
    for (const id of ids) cases.push((await network.readProtected(id, reason))._unsafeUnwrap());
    const t3 = performance.now();

    // Row-level security: acting for the municipality with the most cases only.
    const counts = new Map<string, number>();
    for (const c of cases) counts.set(c.municipality, (counts.get(c.municipality) ?? 0) + 1);
    const [busiest] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const code = busiest?.[0] ?? '0180';
    const local = store(engine, [code], 'handlaggare-1', asOf);
    const open = (
      await local.query({ municipality: code, states: ['planning', 'offer-pending'], limit: 500 })
    )._unsafeUnwrap();
    const expected = cases.filter((c) => {
      const state = deriveState(c.events);
      return (
        c.municipality === code &&
        state.isOk() &&
        (state.value.state === 'planning' || state.value.state === 'offer-pending')
      );
    }).length;
    const otherIndex = cases.findIndex((c) => c.municipality !== code);
    const otherGet = otherIndex < 0 ? undefined : await local.get(ids[otherIndex] ?? '');
    const otherMunicipality = cases[otherIndex]?.municipality ?? code;
    const crossQuery = await local.query({ municipality: otherMunicipality, limit: 10 });
    const otherCaseVisible =
      otherGet?.isOk() === true || (crossQuery.isOk() && crossQuery.value.items.length > 0);
    return {
      cases,
      imported,
      batches,
      protectedReads: cases.length,
      isolation: {
        municipality: `${code} ${getMunicipality(code as never).name}`,
        openCases: open.items.length,
        expected,
        otherCaseVisible,
      },
      seconds: {
        open: (t1 - t0) / 1000,
        import: (t2 - t1) / 1000,
        read: (t3 - t2) / 1000,
      },
    };
  } finally {
    await engine.close();
  }
}

/**
 * The storage section in words.
 *
 * @param s - from {@link demoStorage}
 * @returns the text
 */
export function renderStorage(s: DemoStorage): string {
  const f = (x: number) => x.toFixed(1);
  return `${[
    `  Embedded PostgreSQL (PGlite, in memory) opened and migrated in ${f(s.seconds.open)} s.`,
    `  ${s.imported} cases imported in ${s.batches} transactional batches in ${f(s.seconds.import)} s, each validated before it was written;`,
    `  read back with ${s.protectedReads} audited reads of protected data (purpose: case handling) in ${f(s.seconds.read)} s.`,
    `  Row-level security: acting for ${s.isolation.municipality}, the database shows ${s.isolation.openCases} open cases of its own (${s.isolation.expected} in the data)`,
    `  and ${s.isolation.otherCaseVisible ? 'ALSO cases of other municipalities (this must never happen)' : 'no case of another municipality'}.`,
  ].join('\n')}\n`;
}
