import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDelimited } from './readDelimited';

describe('readDelimited', () => {
  it('detects a semicolon in the header, and otherwise reads commas', () => {
    expect(readDelimited('a;b\n1;2')?.separator).toBe(';');
    expect(readDelimited('a,b\n1,2')?.separator).toBe(',');
    expect(readDelimited('"a;x",b\n1,2')?.separator).toBe(',');
  });
  it('reads quoted fields with separators, doubled quotes and line breaks, and keeps line numbers', () => {
    const text = 'a;b\r\n"x;""y""";2\n\n"multi\nline";3\n';
    const parsed = readDelimited(text);
    expect(parsed?.records).toEqual([
      { line: 2, fields: ['x;"y"', '2'] },
      { line: 4, fields: ['multi\nline', '3'] },
    ]);
  });
  it('drops a byte order mark, trims unquoted fields and skips blank lines', () => {
    const parsed = readDelimited('\uFEFFa ; b\n\n  \n 1 ; 2 \n');
    expect(parsed?.header.fields).toEqual(['a', 'b']);
    expect(parsed?.records).toEqual([{ line: 4, fields: ['1', '2'] }]);
  });
  it('returns null for text without a line', () => {
    expect(readDelimited('')).toBeNull();
    expect(readDelimited('\n\n')).toBeNull();
  });
});

describe('properties', () => {
  it('never throws for any string', () => {
    fc.assert(fc.property(fc.string(), (s) => void readDelimited(s)));
  });
  it('reads back what it is given when no field needs quoting', () => {
    const cell = fc.stringMatching(/^[a-zåäö0-9 ]{0,6}[a-zåäö0-9]$/);
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1 }),
        (rows) => {
          const text = ['h1;h2', ...rows.map((r) => r.join(';'))].join('\n');
          expect(readDelimited(text)?.records.map((r) => r.fields)).toEqual(
            rows.map((r) => r.map((c) => c.trim())),
          );
        },
      ),
    );
  });
});
