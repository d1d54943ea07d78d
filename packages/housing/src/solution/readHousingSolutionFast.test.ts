import type { DateOnly } from '@stadig/core';
import { arbMutated } from '@stadig/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbHousingSolutionInput } from '../testing/arbHousingSolutionInput';
import { housingSolutionSchema } from './housingSolutionSchema';
import { readHousingSolutionFast } from './readHousingSolutionFast';

const asOf = '2026-01-01' as DateOnly;

describe('readHousingSolutionFast', () => {
  it('reads a valid solution and leaves the unusual to the schema', () => {
    const input = { tenure: 'sublease', municipality: '2062', contract: { start: '2025-01-01' } };
    expect(readHousingSolutionFast(input)).toEqual(input);
    expect(readHousingSolutionFast({ ...input, rooms: undefined })).toBeUndefined();
    expect(readHousingSolutionFast({ ...input, heldTenure: 'owned' })).toBeUndefined();
    expect(readHousingSolutionFast({ ...input, rentPerMonth: -0 })).toBeUndefined();
  });
});

describe('properties', () => {
  const valid = arbHousingSolutionInput({ asOf });
  const candidates = fc.oneof(arbMutated(valid), valid, fc.anything());

  it('accepts only what the schema accepts, and reads it the same way', () => {
    fc.assert(
      fc.property(candidates, (input) => {
        const fast = readHousingSolutionFast(input);
        if (fast === undefined) return;
        const slow = housingSolutionSchema.safeParse(input);
        expect(slow.success).toBe(true);
        expect(fast).toEqual(slow.data);
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every valid input the arbitrary makes (so parsing takes the fast path)', () => {
    fc.assert(
      fc.property(valid, (input) => {
        expect(readHousingSolutionFast(input)).toBeDefined();
      }),
    );
  });
});
