import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsvRow } from './readCsvRows';
import { MAX_RECORD_CHARS, readCsvRows } from './readCsvRows';

const utf8 = (s: string) => new TextEncoder().encode(s);
async function rows(source: Uint8Array | Uint8Array[]): Promise<CsvRow[]> {
  const out: CsvRow[] = [];
  for await (const chunk of readCsvRows(source)) out.push(...chunk.rows);
  return out;
}

describe('readCsvRows', () => {
  it('reads quoted fields with separators, doubled quotes and newlines (RFC 4180)', async () => {
    const got = await rows(utf8('a;b\n1;"x;y"\n2;"sa ""hej""\nrad två"\n'));
    expect(got.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', 'x;y'],
      ['2', 'sa "hej"\nrad två'],
    ]);
    expect(got.map((r) => r.row)).toEqual([1, 2, 3]);
  });
  it('skips blank lines, numbering rows as Excel does', async () => {
    expect((await rows(utf8('a\n\n1\n  \n2\n'))).map((r) => r.row)).toEqual([1, 3, 5]);
  });
  it('yields a row it cannot read as fields null and goes on', async () => {
    const got = await rows(utf8('a,b\n1,"x"y\n'));
    expect(got.map((r) => r.fields)).toEqual([['a', 'b'], null]);
    const unclosed = await rows(utf8('a,b\n1,2\n3,"open\n'));
    expect(unclosed.map((r) => r.fields)).toEqual([['a', 'b'], ['1', '2'], null]);
  });
  it('keeps a UTF-8 character split between chunks whole', async () => {
    const bytes = utf8('namn\nÅsa\n');
    const got = await rows([bytes.slice(0, 6), bytes.slice(6)]);
    expect(got.map((r) => r.fields)).toEqual([['namn'], ['Åsa']]);
  });
  it('reads a web ReadableStream', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(utf8('a;b\n1;'));
        controller.enqueue(utf8('2\n'));
        controller.close();
      },
    });
    const out: CsvRow[] = [];
    for await (const chunk of readCsvRows(stream as unknown as AsyncIterable<Uint8Array>))
      out.push(...chunk.rows);
    expect(out.map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
  it('trims unquoted cells and keeps the spaces of quoted ones, on either line ending', async () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const got = await rows(utf8(`a; b ;c${nl}  1 ;" x ";  "y" ${nl}`));
      expect(got.map((r) => r.fields)).toEqual([
        ['a', 'b', 'c'],
        ['1', ' x ', '"y"'],
      ]);
    }
  });
  it('reads a record longer than the limit as one unreadable row, then goes on', async () => {
    const long = 'x'.repeat(MAX_RECORD_CHARS + 10);
    const bytes = utf8(`a;b\n1;"${long}\n2;3\n`);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 65_536) }, (_, i) =>
      bytes.slice(i * 65_536, (i + 1) * 65_536),
    );
    const got = await rows(chunks);
    expect(got.map((r) => r.fields)).toEqual([['a', 'b'], null, ['2', '3']]);
    expect(got.map((r) => r.row)).toEqual([1, 2, 3]);
  });
  it('yields nothing from an empty file', async () => {
    expect(await rows(new Uint8Array())).toEqual([]);
  });
});

describe('properties', () => {
  it('how the bytes are cut into chunks never changes the rows', async () => {
    const cell = fc
      .string({ unit: 'grapheme', maxLength: 8 })
      .map((s) => `"${s.replace(/"/g, '""')}"`);
    const text = fc
      .array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 })
      .map((rs) => `h1;h2\n${rs.map((r) => r.join(';')).join('\n')}\n`);
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 5 }), async (t, cuts) => {
        const bytes = utf8(t);
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, i, all) =>
          bytes.slice(p, all[i + 1] ?? bytes.length),
        );
        expect(await rows(chunks)).toEqual(await rows(bytes));
      }),
      { numRuns: 60 },
    );
  });
  it('reads what csv-parse reads (RFC 4180 with trimming), however the bytes are cut', async () => {
    const separator = fc.constantFrom(';', ',', '\t');
    const plain = fc
      .string({ unit: 'grapheme', maxLength: 6 })
      .filter((s) => !/["\r\n;,\t]/.test(s) && s.trim() === s);
    const cell = fc.oneof(
      // Unquoted, perhaps with spaces around (trimmed).
      fc
        .tuple(plain, fc.constantFrom('', ' ', '  '))
        .map(([s, pad]) => ({
          text: `${pad}${s}${pad}`,
          quoted: false,
        })),
      // Quoted: anything, quotes doubled.
      fc
        .string({ unit: 'grapheme', maxLength: 8 })
        .map((s) => ({
          text: `"${s.replace(/"/g, '""')}"`,
          quoted: true,
        })),
    );
    const file = fc.record({
      separator,
      newline: fc.constantFrom('\n', '\r\n'),
      records: fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), {
        minLength: 1,
        maxLength: 8,
      }),
      cuts: fc.array(fc.nat(), { maxLength: 5 }),
    });
    await fc.assert(
      fc.asyncProperty(file, async ({ separator: sep, newline, records, cuts }) => {
        // Cells of plain text must not hold the separator (it is one of ; , tab).
        const text = `h1${sep}h2${newline}${records
          .map((r) => r.map((c) => c.text).join(sep))
          .join(newline)}${newline}`;
        const bytes = utf8(text);
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((p, i, all) =>
          bytes.slice(p, all[i + 1] ?? bytes.length),
        );
        const got: CsvRow[] = [];
        for await (const chunk of readCsvRows(chunks, { separator: sep as ';' }))
          got.push(...chunk.rows);
        const expected = (
          parse(text, { delimiter: sep, trim: true, relax_column_count: true }) as string[][]
        ).filter((r) => !(r.length === 1 && r[0] === ''));
        expect(got.map((r) => r.fields)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
