import { type DateOnly, reveal } from '@stadig/core';
import { arbMutated } from '@stadig/core/testing';
import { parseHousingSolution } from '@stadig/housing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateCaseInputs } from '../synthetic/generateCaseInputs';
import { arbCaseInput } from '../testing/arbCaseInput';
import { caseSchema } from './caseSchema';
import { parseCase } from './parseCase';
import { readCaseFast } from './readCaseFast';

const asOf = '2026-01-01' as DateOnly;
const generated = generateCaseInputs({ seed: 7, count: 300, asOf });
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/**
 * The parts parseCase rebuilds from their strings (household, notes, places) as JSON:
 * the fast reader does not copy them, so they may still carry what JSON drops.
 */
function rebuiltAsJson(raw: Record<string, unknown> | undefined) {
  if (raw === undefined) return undefined;
  const protection = raw.protection as Record<string, unknown>;
  return {
    ...raw,
    household: JSON.stringify(raw.household),
    notes: JSON.stringify(raw.notes),
    protection: { ...protection, keepDistanceFrom: JSON.stringify(protection.keepDistanceFrom) },
  };
}

/** The schema's reading, in the fast reader's form (outcome parsed apart). */
function schemaReading(input: unknown) {
  const parsed = caseSchema.safeParse(input);
  if (!parsed.success) return undefined;
  const { outcome, ...raw } = parsed.data;
  return { raw, outcome };
}

describe('readCaseFast', () => {
  it('takes every generated case (the benchmark measures the fast path)', () => {
    expect(generated.filter((input) => readCaseFast(json(input)) === undefined)).toEqual([]);
    expect(generated.some((input) => input.outcome !== undefined)).toBe(true);
  });

  it('leaves to the schema what it does not know: a key given as undefined, a class instance, -0', () => {
    const [input] = generated;
    expect(readCaseFast({ ...input, needs: undefined })).toBeUndefined();
    expect(readCaseFast(new (class Case {})())).toBeUndefined();
    expect(readCaseFast({ ...input, economy: { monthlyIncome: -0 } })).toBeUndefined();
  });

  it('gives a case that does not change when the input is changed afterwards', () => {
    // Loosely typed on purpose: the test changes the input the way a caller might.
    // biome-ignore lint/suspicious/noExplicitAny: mutating parsed JSON
    const input: any = json(
      generated.find((i) => i.outcome !== undefined && i.consents.length > 0),
    );
    expect(input).toBeDefined();
    const before = JSON.stringify(parseCase(input, { asOf })._unsafeUnwrap());
    const parsed = parseCase(input, { asOf })._unsafeUnwrap();
    input.events[0].date = '1999-01-01';
    input.consents[0].recipient.kind = 'organisation';
    input.violence.kinds.push('other-close');
    input.protection.avoidMunicipalities.push('0180');
    input.stays[0].municipality = '0180';
    if (input.outcome) input.outcome.solution.municipality = '0180';
    expect(JSON.stringify(parsed)).toBe(before);
  });
});

describe('properties', () => {
  const inputs = fc.oneof(arbCaseInput({ asOf }), fc.constantFrom(...generated.map(json)));
  const candidates = fc.oneof(
    { weight: 3, arbitrary: arbMutated(inputs) },
    { weight: 1, arbitrary: inputs },
    { weight: 1, arbitrary: fc.anything() },
  );

  it('the fast reader accepts only what the schema accepts, and reads it the same way', () => {
    fc.assert(
      fc.property(candidates, (input) => {
        const fast = readCaseFast(input);
        if (fast === undefined) return;
        const slow = schemaReading(input);
        expect(slow).toBeDefined();
        expect(rebuiltAsJson(fast.raw)).toEqual(rebuiltAsJson(slow?.raw));
        if (slow?.outcome === undefined) {
          expect(fast.outcome).toBeUndefined();
          return;
        }
        const solution = parseHousingSolution(slow.outcome.solution)._unsafeUnwrap();
        expect(fast.outcome?.date).toBe(slow.outcome.date);
        const { address: fastAddress, ...fastRest } = fast.outcome?.solution ?? {};
        const { address: slowAddress, ...slowRest } = solution;
        expect(fastRest).toEqual(slowRest);
        expect(fastAddress && reveal(fastAddress)).toEqual(slowAddress && reveal(slowAddress));
      }),
      { numRuns: 1500 },
    );
  });

  it('parseCase never throws, accepts only what the schema accepts, and after the fast path fails only on what the schema does not check (identity numbers, the lifecycle)', () => {
    fc.assert(
      fc.property(candidates, (input) => {
        const result = parseCase(input, { asOf });
        if (result.isOk()) expect(caseSchema.safeParse(input).success).toBe(true);
        if (result.isErr() && readCaseFast(input) !== undefined) {
          for (const e of result.error) expect(e.code).toMatch(/^(lifecycle|identity)\./);
        }
      }),
      { numRuns: 500 },
    );
  });
});
