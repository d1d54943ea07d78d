import type { DateOnly } from '@stadig/core';
import { generateOfferInputs, type Offer, parseOffer } from '@stadig/matching';
import { describe, expect, it } from 'vitest';
import { type Dialect, namedDialects } from '../dialect/Dialect';
import { encodeCsv } from '../export/encodeCsv';
import { formatCell } from '../export/formatCell';
import { formatCsv } from '../export/formatCsv';
import { offerFields } from '../rows/offerRowKind';
import { revealDeep } from '../testing/revealDeep';
import type { ImportedRecord } from './ImportSink';
import { importCsv } from './importCsv';

const asOf = '2026-01-01' as DateOnly;

/** Offer inputs as flat rows, the way a housing company's export would hold them. */
function offersCsv(inputs: readonly unknown[], dialect: Dialect): string {
  const rows = inputs.map((input) => {
    const flat = new Map<string, unknown>();
    const walk = (v: unknown, path: string) => {
      if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
        for (const [k, x] of Object.entries(v)) walk(x, path === '' ? k : `${path}.${k}`);
      } else if (path in offerFields) flat.set(path, v);
    };
    walk(input, '');
    return flat;
  });
  const columns = Object.keys(offerFields).filter((c) => rows.some((r) => r.has(c)));
  const cells = rows.map((r) =>
    columns.map((c) => formatCell(offerFields[c] ?? 'text', r.get(c), dialect)),
  );
  return formatCsv([columns, ...cells], dialect);
}

describe('importCsv: offers', () => {
  it('imports generated offers from a flat file, the same as parseOffer reads them', async () => {
    const inputs = generateOfferInputs({ seed: 7, count: 25, asOf });
    for (const dialect of [namedDialects['excel-sv'], namedDialects.rfc4180]) {
      const records: ImportedRecord<Offer>[] = [];
      const summary = await importCsv(encodeCsv(offersCsv(inputs, dialect), dialect), {
        kind: 'offers',
        asOf,
        sink: { write: async (b) => void records.push(...b) },
      });
      expect(summary.rejections).toEqual([]);
      expect(summary).toMatchObject({ read: 25, imported: 25 });
      // An empty list has no cell, so it comes back absent.
      const same = (o: unknown) =>
        JSON.parse(
          JSON.stringify(revealDeep(o), (_, v) =>
            Array.isArray(v) && v.length === 0 ? undefined : v,
          ),
        );
      const expected = inputs.map((i) => same(parseOffer(i)._unsafeUnwrap()));
      expect(records.map((r) => same(r.value))).toEqual(expected);
    }
  });
});
