import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateOnly } from '../dates/DateOnly';
import { reveal } from '../protected/reveal';
import { arbIdentityNumberText } from '../testing/identity';
import { formatIdentityNumber } from './formatIdentityNumber';
import { luhnCheckDigit } from './luhnCheckDigit';
import { parseIdentityNumber } from './parseIdentityNumber';

const asOf = '2026-11-21' as DateOnly;
const parse = (nine: string, sep = '-') =>
  parseIdentityNumber(`${nine.slice(0, 6)}${sep}${nine.slice(6)}${luhnCheckDigit(nine)}`, {
    asOf,
  })._unsafeUnwrap();

describe('formatIdentityNumber', () => {
  it('writes the twelve-digit form YYYYMMDD-NNNN', () => {
    const check = luhnCheckDigit('811218123');
    expect(formatIdentityNumber(parse('811218123'), { style: 'twelve' })).toBe(
      `19811218-123${check}`,
    );
  });

  it('writes the ten-digit form with - before the year the person turns 100', () => {
    const check = luhnCheckDigit('270101121');
    expect(formatIdentityNumber(parse('270101121'), { style: 'ten', asOf })).toBe(
      `270101-121${check}`,
    );
  });

  it('writes + from the calendar year the person turns 100 (folkbokföringslagen 18 §)', () => {
    const check = luhnCheckDigit('261225121');
    const id = parse('261225121', '+');
    expect(formatIdentityNumber(id, { style: 'ten', asOf })).toBe(`261225+121${check}`);
    expect(formatIdentityNumber(id, { style: 'ten', asOf: '2025-12-31' as DateOnly })).toBe(
      `261225-121${check}`,
    );
  });
});

describe('properties', () => {
  it('parsing the ten-digit form written at asOf gives back the same number', () => {
    fc.assert(
      fc.property(arbIdentityNumberText({ asOf }), (text) => {
        const id = parseIdentityNumber(text, { asOf })._unsafeUnwrap();
        const again = parseIdentityNumber(formatIdentityNumber(id, { style: 'ten', asOf }), {
          asOf,
        })._unsafeUnwrap();
        expect(reveal(again.value)).toBe(reveal(id.value));
        expect(formatIdentityNumber(id, { style: 'twelve' })).toBe(reveal(id.value));
      }),
    );
  });
});
