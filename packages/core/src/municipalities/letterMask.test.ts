import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitCount } from './bitCount';
import { editCost } from './editCost';
import { letterMask } from './letterMask';

describe('letterMask and bitCount', () => {
  it('sets one bit per distinct letter', () => {
    expect(bitCount(letterMask('falun'))).toBe(5);
    expect(bitCount(letterMask('aaaa'))).toBe(1);
    expect(bitCount(letterMask(''))).toBe(0);
    expect(bitCount(0xffffffff)).toBe(32);
  });
});

describe('properties', () => {
  it('the differing bits are a lower bound of the edit cost in half letters', () => {
    const name = fc.string({
      unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz '),
      maxLength: 9,
    });
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(bitCount(letterMask(a) ^ letterMask(b))).toBeLessThanOrEqual(
          editCost(a, a, b, b, 99),
        );
      }),
    );
  });
});
