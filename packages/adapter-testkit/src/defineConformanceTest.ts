import { randomUUID } from 'node:crypto';
import { createCaseStore } from '@stadig/case';
import { it } from 'vitest';
import type { ConformanceFixture, ConformanceOptions } from './ConformanceOptions';
import type { ConformanceSuite, conformanceTests } from './conformanceTests';
import { fixtureAsOf, freshInputs } from './freshInputs';

/** Registers one conformance test: skipped if listed, else run on a fresh store. */
export function defineConformanceTest(options: ConformanceOptions) {
  const skip = new Set<string>(options.skip ?? []);
  return <S extends ConformanceSuite>(
    suite: S,
    title: (typeof conformanceTests)[S][number],
    run: (fixture: ConformanceFixture) => Promise<void>,
  ) => {
    const skipped = skip.has(suite) || skip.has(`${suite}/${title}`);
    (skipped ? it.skip : it)(title, { timeout: options.timeout ?? 20_000 }, async () => {
      const { port, oracle, teardown } = await options.setup();
      let tick = 0;
      const storeAs = (actor: string) =>
        createCaseStore(port, {
          newId: () => randomUUID(),
          now: () => new Date(Date.UTC(2025, 5, 1, 12) + tick++).toISOString(),
          asOf: () => fixtureAsOf,
          actor,
        });
      let made = 0;
      const prefix = `t${randomUUID().slice(0, 8)}`;
      const inputs = (count: number, municipality?: string) => {
        const list = freshInputs(prefix, made, count, municipality);
        made += count;
        return list;
      };
      try {
        await run({ store: storeAs('conformance-kit'), port, oracle, inputs, storeAs });
      } finally {
        await teardown?.();
      }
    });
  };
}
