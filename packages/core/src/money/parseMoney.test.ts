import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbMoney } from '../testing/money';
import { formatMoney } from './formatMoney';
import type { Money } from './Money';
import { parseMoney } from './parseMoney';

const ore = (text: string) => parseMoney(text)._unsafeUnwrap();
const code = (text: unknown) => parseMoney(text)._unsafeUnwrapErr().code;

describe('parseMoney', () => {
  it.each([
    ['1 234 567 kr', 123456700],
    ['1 234,50', 123450],
    ['21117795', 2111779500],
    ['1 234,50 kr', 123450],
    ['-1 234 kr', -123400],
    ['\u22121 234 kr', -123400],
    ['1 234:-', 123400],
    ['100,-', 10000],
    ['12,5 kr', 1250],
    ['SEK 100', 10000],
    ['100 SEK', 10000],
    ['sek -100', -10000],
    ['100 kronor', 10000],
    ['1\u00A0234\u00A0567,50\u00A0kr', 123456750],
    ['1\u202F234,50', 123450],
    ['1.234.567,50', 123456750],
    ['1.234,5', 123450],
    ['1234.50', 123450],
    ['1 234.5', 123450],
    ['  42 kr  ', 4200],
    ['0,05', 5],
    ['+7', 700],
    ['-0', 0],
  ])('reads %j as %d öre', (text, expected) => {
    expect(ore(text)).toBe(expected);
  });

  it('rejects a lone dot followed by three digits as ambiguous', () => {
    expect(code('1.234')).toBe('money.ambiguous-separator');
    expect(code('123.456 kr')).toBe('money.ambiguous-separator');
  });

  it('rejects more than two decimals', () => {
    expect(code('1,234')).toBe('money.too-many-decimals');
    expect(code('1234.567')).toBe('money.too-many-decimals');
    expect(parseMoney('1,999').isErr()).toBe(true);
  });

  it('rejects empty, malformed and out-of-range text', () => {
    expect(code('')).toBe('money.empty');
    expect(code('  \u00A0')).toBe('money.empty');
    expect(code(1234)).toBe('money.not-a-string');
    for (const text of [
      'kr',
      'abc',
      '1 23',
      '12 3456',
      '1,2,3',
      '1.23.4',
      '1 234.567.890',
      '--5',
      'SEK 5 kr',
      '5,',
      ',5',
      '1.234 567',
      '5 kr kr',
    ]) {
      expect(code(text), text).toBe('money.invalid-format');
    }
    expect(code('90 071 992 547 409,92')).toBe('money.out-of-range');
    expect(code('9'.repeat(400))).toBe('money.out-of-range');
    expect(ore('90 071 992 547 409,91')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('never repeats the input in an error', () => {
    const error = parseMoney('4711 kronor och 12 öre', ['income'])._unsafeUnwrapErr();
    expect(error.path).toEqual(['income']);
    expect(JSON.stringify(error)).not.toContain('4711');
  });
});

describe('properties', () => {
  it('parseMoney never throws for any input', () => {
    fc.assert(fc.property(fc.anything(), (value) => parseMoney(value) !== undefined));
    fc.assert(
      fc.property(fc.stringMatching(/^[-−+ 0-9.,:kKrRsSeE\u00A0]{0,30}$/), (text) => {
        const result = parseMoney(text);
        if (result.isOk()) expect(Number.isSafeInteger(result.value)).toBe(true);
      }),
    );
  });

  it('parseMoney(formatMoney(m)) is m for every amount and every round-tripping option', () => {
    fc.assert(
      fc.property(
        arbMoney(),
        fc.constantFrom('auto' as const, 2 as const),
        fc.constantFrom('kr' as const, 'none' as const),
        (m, decimals, unit) => {
          expect(parseMoney(formatMoney(m, { decimals, unit }))._unsafeUnwrap()).toBe(m);
        },
      ),
    );
  });

  it('an error never contains the digits it was given', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 99999 }), (n) => {
        const result = parseMoney(`${n},123 kr`);
        expect(JSON.stringify(result._unsafeUnwrapErr())).not.toContain(String(n));
      }),
    );
  });

  it('grouping and spaces do not change the amount', () => {
    fc.assert(
      fc.property(arbMoney({ min: 0, max: 1e12 }), (m: Money) => {
        const plain = `${Math.floor(m / 100)},${String(m % 100).padStart(2, '0')}`;
        expect(parseMoney(plain)._unsafeUnwrap()).toBe(m);
        expect(parseMoney(formatMoney(m).replace(/\u00A0/g, ' '))._unsafeUnwrap()).toBe(m);
        expect(parseMoney(formatMoney(m).replace(/\u00A0/g, '\u202F'))._unsafeUnwrap()).toBe(m);
      }),
    );
  });
});
