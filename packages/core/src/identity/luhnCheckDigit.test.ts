import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from './luhnCheckDigit';

const nineDigits = fc.string({
  unit: fc.constantFrom(...'0123456789'),
  minLength: 9,
  maxLength: 9,
});

describe('luhnCheckDigit', () => {
  it('computes the modulus-10 digit with weights 2, 1, 2, … (Skatteverket, SKV 704)', () => {
    // 9·2=18→9, 0, 0·2=0, 1, 0·2=0, 1, 0·2=0, 0, 1·2=2: sum 13, check digit 10 − 3 = 7
    expect(luhnCheckDigit('900101001')).toBe(7);
    // sum 0: check digit 0, not 10
    expect(luhnCheckDigit('000000000')).toBe(0);
  });
});

describe('properties', () => {
  it('the weighted digit sum including the check digit is divisible by 10', () => {
    fc.assert(
      fc.property(nineDigits, (nine) => {
        const ten = `${nine}${luhnCheckDigit(nine)}`;
        const sum = [...ten].reduce((acc, c, i) => {
          const p = Number(c) * (i % 2 === 0 ? 2 : 1);
          return acc + (p > 9 ? p - 9 : p);
        }, 0);
        expect(sum % 10).toBe(0);
      }),
    );
  });

  it('changing any one digit changes the check digit', () => {
    fc.assert(
      fc.property(nineDigits, fc.nat(8), fc.integer({ min: 1, max: 9 }), (nine, at, shift) => {
        const changed = `${nine.slice(0, at)}${(Number(nine[at]) + shift) % 10}${nine.slice(at + 1)}`;
        expect(luhnCheckDigit(changed)).not.toBe(luhnCheckDigit(nine));
      }),
    );
  });
});
