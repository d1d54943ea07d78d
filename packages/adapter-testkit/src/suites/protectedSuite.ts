import { parseCase } from '@stadig/case';
import { reveal } from '@stadig/core';
import { expect } from 'vitest';
import type { defineConformanceTest } from '../defineConformanceTest';
import { fixtureAsOf } from '../freshInputs';

type Test = ReturnType<typeof defineConformanceTest>;

/** Protected data stored apart and read back only through an audited read. */
export function protectedSuite(test: Test): void {
  test('protected-data', 'stores protected data apart', async ({ store, oracle, inputs }) => {
    const [input] = inputs(1);
    const head = (await store.create(input))._unsafeUnwrap();
    const stored = await oracle.readCase(head.id);
    const { protectedPart, ...rest } = stored ?? { protectedPart: undefined };
    const open = JSON.stringify(rest);
    for (const secret of ['Testperson', 'Förövargatan', 'Testanteckning', '59.3']) {
      expect(open).not.toContain(secret);
      expect(JSON.stringify(protectedPart)).toContain(secret);
    }
  });
  test('protected-data', 'reads the whole case back when audited', async ({ store, inputs }) => {
    const [input] = inputs(1);
    const head = (await store.create(input))._unsafeUnwrap();
    const whole = (
      await store.readProtected(head.id, { purpose: 'case-handling', legalGround: 'public-task' })
    )._unsafeUnwrap();
    const expected = parseCase(input, { asOf: fixtureAsOf })._unsafeUnwrap();
    expect(reveal(whole.household.survivor.name)).toBe(reveal(expected.household.survivor.name));
    expect(whole.notes.map(reveal)).toEqual(expected.notes.map(reveal));
    expect(
      whole.protection.keepDistanceFrom.map((p) => p.coordinates && reveal(p.coordinates)),
    ).toEqual(
      expected.protection.keepDistanceFrom.map((p) => p.coordinates && reveal(p.coordinates)),
    );
    expect(JSON.stringify(whole)).not.toContain('Testperson');
  });
}
