import { parseMoney } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namedDialects } from '../dialect/Dialect';
import { formatCell } from '../export/formatCell';
import type { FieldType } from './FieldType';
import { readCell } from './readCell';
import { readDate } from './readDate';

const sv = { decimal: ',', dateFormat: 'YYYY-MM-DD', listSeparator: '|' } as const;

describe('readCell', () => {
  it('reads Swedish amounts to öre', () => {
    expect(readCell('money', '21 500,50', sv)).toEqual({ ok: true, value: 2_150_050 });
    expect(readCell('money', '21500.50', sv)).toEqual({ ok: true, value: 2_150_050 });
    expect(readCell('money', '1 000 kr', sv)).toEqual({ ok: true, value: 100_000 });
    expect(readCell('money', 'tusen', sv)).toEqual({ ok: false, code: 'csv.invalid-money' });
  });
  it('reads decimals with a comma or a point, never both', () => {
    expect(readCell('decimal', '60,6', sv)).toEqual({ ok: true, value: 60.6 });
    expect(readCell('decimal', '60.6', sv)).toEqual({ ok: true, value: 60.6 });
    expect(readCell('decimal', '1.000,5', sv).ok).toBe(false);
  });
  it('reads yes and no in Swedish and English', () => {
    expect(['ja', 'Nej', 'yes', 'FALSE', '1'].map((t) => readCell('boolean', t, sv))).toEqual([
      { ok: true, value: true },
      { ok: true, value: false },
      { ok: true, value: true },
      { ok: true, value: false },
      { ok: true, value: true },
    ]);
    expect(readCell('boolean', 'kanske', sv)).toEqual({ ok: false, code: 'csv.invalid-boolean' });
  });
  it('reads integers and lists', () => {
    expect(readCell('integer', '3', sv)).toEqual({ ok: true, value: 3 });
    expect(readCell('integer', '3,5', sv).ok).toBe(false);
    expect(readCell('list', 'cat| dog |', sv)).toEqual({ ok: true, value: ['cat', 'dog'] });
  });
});

describe('readDate', () => {
  it('reads the formats of a profile and rejects days that do not exist', () => {
    expect(readDate('2025-01-10', 'YYYY-MM-DD')).toBe('2025-01-10');
    expect(readDate('2025-01-10 00:00', 'YYYY-MM-DD')).toBe('2025-01-10');
    expect(readDate('19850314', 'YYYYMMDD')).toBe('1985-03-14');
    expect(readDate('5/2/2025', 'D/M/YYYY')).toBe('2025-02-05');
    expect(readDate('14.03.1985', 'DD.MM.YYYY')).toBe('1985-03-14');
    expect(readDate('2025-02-30', 'YYYY-MM-DD')).toBeUndefined();
    expect(readDate('2025-02-01', 'D/M/YYYY')).toBeUndefined();
    expect(readDate('2025', 'YYYY')).toBeUndefined();
  });
});

describe('properties', () => {
  it('money is read as core parseMoney reads it, fast path or not', () => {
    const amount = fc
      .tuple(
        fc.nat({ max: 99_999_999 }),
        fc.option(fc.nat({ max: 99 })),
        fc.constantFrom(',', '.'),
        fc.boolean(),
      )
      .map(([kr, ore, mark, grouped]) => {
        const whole = grouped ? String(kr).replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : String(kr);
        return ore === null ? whole : `${whole}${mark}${String(ore).padStart(2, '0')}`;
      });
    fc.assert(
      fc.property(fc.oneof(amount, fc.string({ maxLength: 12 })), (text) => {
        const ours = readCell('money', text, sv);
        const core = parseMoney(text);
        if (core.isOk()) expect(ours).toEqual({ ok: true, value: core.value });
        else expect(ours.ok).toBe(false);
      }),
    );
  });

  it('money in digits, spaces, commas and points is read as core parseMoney reads it', () => {
    const chars = fc.constantFrom(...'0123456789 ,.'.split(''), '1', '2', '5');
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 20 }), (text) => {
        const ours = readCell('money', text, sv);
        const core = parseMoney(text);
        if (core.isOk()) expect(ours).toEqual({ ok: true, value: core.value });
        else expect(ours.ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('every finite number a decimal cell is exported as reads back as the same number', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom('excel-sv', 'rfc4180' as const),
        (n, name) => {
          const dialect = namedDialects[name];
          const text = formatCell('decimal', n, dialect);
          const read = readCell('decimal', text, { ...sv, decimal: dialect.decimal });
          return read.ok && Object.is(read.value, n === 0 ? 0 : n);
        },
      ),
      { numRuns: 2000 },
    );
    // 22 digits after the point, as String() writes this longitude.
    expect(readCell('decimal', '0.0000010271719032930301', sv)).toEqual({
      ok: true,
      value: 0.0000010271719032930301,
    });
  });

  it('reading a cell never throws, and a failure never carries the text', () => {
    const types: FieldType[] = ['text', 'date', 'integer', 'decimal', 'money', 'boolean', 'list'];
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.string(), fc.string(), (type, text, format) => {
        const read = readCell(type, text, { ...sv, dateFormat: format || 'YYYY-MM-DD' });
        if (!read.ok) expect(Object.keys(read)).toEqual(['ok', 'code']);
      }),
    );
  });
});
