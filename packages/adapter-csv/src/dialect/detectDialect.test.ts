import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectDialect } from './detectDialect';
import { detectEncoding } from './detectEncoding';
import { detectSeparator } from './detectSeparator';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('detectDialect', () => {
  it('reads what Swedish Excel writes: semicolons, Windows-1252, decimal comma', () => {
    const bytes = iconv.encode('Ärende;Belopp\nA-1;"21 500,50"\nA-2;3,25\n', 'win1252');
    expect(detectDialect(bytes, true)).toEqual({
      separator: ';',
      encoding: 'windows-1252',
      decimal: ',',
    });
  });
  it('tells UTF-8 with a BOM, UTF-8 without, and Windows-1252 by the bytes', () => {
    expect(detectEncoding(utf8('\uFEFFå;ä'), true)).toBe('utf-8-bom');
    expect(detectEncoding(utf8('å;ä'), true)).toBe('utf-8');
    expect(detectEncoding(new Uint8Array([0xe5, 0x3b, 0xe4]), true)).toBe('windows-1252');
  });
  it('does not count a character cut off at the end of a partial sample as invalid', () => {
    const cut = utf8('ab;å').slice(0, 4);
    expect(detectEncoding(cut, false)).toBe('utf-8');
    expect(detectEncoding(cut, true)).toBe('windows-1252');
  });
  it('finds comma, semicolon and tab, ignoring separators inside quotes', () => {
    expect(detectSeparator('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectSeparator('a\tb\n"1,2,3"\t4\n')).toBe('\t');
    expect(detectSeparator('"a,b";c\n"1,2";3\n')).toBe(';');
    expect(detectSeparator('one column\nx\n')).toBe(',');
  });
  it('uses a decimal point with a comma separator, and finds it with others', () => {
    expect(detectDialect(utf8('a,b\n1,2.5\n'), true).decimal).toBe('.');
    expect(detectDialect(utf8('a;b\n1;2.5\n3;4.25\n'), true).decimal).toBe('.');
    expect(detectDialect(utf8('a;b\n1;2\n'), true).decimal).toBe(',');
  });
  it('takes every override as given', () => {
    expect(
      detectDialect(utf8('a,b\n'), true, {
        separator: ';',
        encoding: 'windows-1252',
        decimal: ',',
      }),
    ).toEqual({ separator: ';', encoding: 'windows-1252', decimal: ',' });
  });
});

describe('properties', () => {
  it('detection never throws on arbitrary bytes, and valid UTF-8 text is detected as UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, complete) => {
        expect(['utf-8', 'utf-8-bom', 'windows-1252']).toContain(
          detectDialect(bytes, complete).encoding,
        );
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        fc.pre(!s.startsWith('\uFEFF'));
        expect(detectEncoding(utf8(s), true)).toBe('utf-8');
      }),
    );
  });
});
