/**
 * Shared by the adapter-postgres benchmarks: synthetic case inputs in any number (ids
 * made unique across seeds), a clock, and memory sampling.
 */
import { randomUUID } from 'node:crypto';
import { type CaseStore, type CaseStoreOptions, generateCaseInputs } from '@stadig/case';
import type { DateOnly } from '@stadig/core';

export const asOf = '2026-01-01' as DateOnly;

/** `count` synthetic case inputs, made 10 000 at a time, with ids unique across the lot. */
export function* syntheticInputs(count: number, prefix = 'b'): Generator<Record<string, unknown>> {
  for (let seed = 0; seed * 10_000 < count; seed++) {
    const n = Math.min(10_000, count - seed * 10_000);
    for (const input of generateCaseInputs({ seed: seed + 1, count: n, asOf })) {
      yield { ...input, id: `${prefix}-${seed}-${input.id}` };
    }
  }
}

/** Store options with real ids and a real clock (benchmarks are not domain code). */
export const storeOptions: CaseStoreOptions = {
  newId: () => randomUUID(),
  now: () => new Date().toISOString(),
  asOf: () => asOf,
  actor: 'bench',
};

/** Imports inputs in transactional batches through the store; returns how many were written. */
export async function importInBatches(
  store: CaseStore,
  inputs: Iterable<Record<string, unknown>>,
  batchSize: number,
): Promise<number> {
  let batch: Record<string, unknown>[] = [];
  let written = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const done = await store.batch(batch.map((input) => ({ kind: 'create' as const, input })));
    if (done.isErr()) throw new Error(`batch failed: ${done.error[0].code}`);
    written += batch.length;
    batch = [];
  };
  for (const input of inputs) {
    batch.push(input);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return written;
}

/** Peak memory, sampled by `sample()`. */
export function memoryPeak() {
  const peak = { rss: 0, heapUsed: 0 };
  return {
    peak,
    sample: () => {
      const { rss, heapUsed } = process.memoryUsage();
      peak.rss = Math.max(peak.rss, rss);
      peak.heapUsed = Math.max(peak.heapUsed, heapUsed);
    },
    format: () =>
      `rss ${(peak.rss / 2 ** 20).toFixed(0)} MB, heapUsed ${(peak.heapUsed / 2 ** 20).toFixed(0)} MB`,
  };
}

/** The p-th percentile (nearest rank) of some numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
