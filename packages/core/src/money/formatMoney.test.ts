import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbMoney } from '../testing/money';
import { formatMoney } from './formatMoney';
import type { Money } from './Money';

const plain = (m: number, options?: Parameters<typeof formatMoney>[1]) =>
  formatMoney(m as Money, options).replace(/\u00A0/g, '_');

describe('formatMoney', () => {
  it('groups with no-break spaces, uses a decimal comma and a no-break space before kr', () => {
    expect(formatMoney(123450 as Money)).toBe('1\u00A0234,50\u00A0kr');
    expect(plain(123456700)).toBe('1_234_567_kr');
    expect(plain(5)).toBe('0,05_kr');
    expect(plain(0)).toBe('0_kr');
    expect(plain(Number.MAX_SAFE_INTEGER)).toBe('90_071_992_547_409,91_kr');
  });

  it('uses an ASCII minus for negatives', () => {
    expect(plain(-123400)).toBe('-1_234_kr');
    expect(plain(-5)).toBe('-0,05_kr');
  });

  it('shows decimals by the option', () => {
    expect(plain(123400, { decimals: 2 })).toBe('1_234,00_kr');
    expect(plain(123450, { decimals: 0 })).toBe('1_235_kr');
    expect(plain(123449, { decimals: 0 })).toBe('1_234_kr');
    expect(plain(-123450, { decimals: 0 })).toBe('-1_235_kr');
    expect(plain(-40, { decimals: 0 })).toBe('0_kr');
    expect(plain(123450, { unit: 'none' })).toBe('1_234,50');
  });

  it('falls back to the defaults for unknown options and shows a non-amount as a dash', () => {
    expect(plain(150, { decimals: 3 as never, unit: 'SEK' as never })).toBe('1,50_kr');
    expect(formatMoney(Number.NaN as Money)).toBe('–');
    expect(formatMoney(0.5 as Money)).toBe('–');
  });
});

describe('properties', () => {
  it('formatMoney never throws for any input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (m, options) => {
        expect(typeof formatMoney(m as Money, options as never)).toBe('string');
      }),
    );
  });

  it('formatMoney with two decimals equals Intl sv-SE SEK currency with an ASCII minus', () => {
    const intl = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' });
    fc.assert(
      fc.property(arbMoney({ min: -1e13, max: 1e13 }), (m) => {
        expect(formatMoney(m, { decimals: 2 })).toBe(intl.format(m / 100).replace('\u2212', '-'));
      }),
    );
  });
});
