import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsvRow } from './readCsvRows';
import { readCsvRows } from './readCsvRows';

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
});
