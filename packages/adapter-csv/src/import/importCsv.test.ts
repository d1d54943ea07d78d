import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCase } from '@stadig/case';
import { exampleCaseInput } from '@stadig/case/testing';
import type { DateOnly } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMappingProfile } from '../profile/parseMappingProfile';
import type { ImportedRecord } from './ImportSink';
import { importCsv } from './importCsv';

const asOf = '2026-01-01' as DateOnly;
const root = join(import.meta.dirname, '../..');
const example = (name: string) => readFileSync(join(root, 'examples', name));
const profile = (name: string) =>
  parseMappingProfile(
    JSON.parse(readFileSync(join(root, 'profiles', name), 'utf8')),
  )._unsafeUnwrap();
const utf8 = (s: string) => new TextEncoder().encode(s);
const collect = <T>() => {
  const records: ImportedRecord<T>[] = [];
  return {
    records,
    sink: { write: async (b: readonly ImportedRecord<T>[]) => void records.push(...b) },
  };
};

describe('importCsv: cases', () => {
  it.each([
    ['cases-excel-sv.csv', { separator: ';', encoding: 'utf-8-bom', decimal: ',' }],
    ['cases-rfc4180.csv', { separator: ',', encoding: 'utf-8', decimal: '.' }],
    ['cases-tab.tsv', { separator: '\t', encoding: 'utf-8', decimal: ',' }],
  ])('imports every case of %s, its dialect detected', async (file, dialect) => {
    const { records, sink } = collect<unknown>();
    const summary = await importCsv(example(file), { kind: 'cases', asOf, sink });
    expect(summary).toMatchObject({ dialect, read: 2, imported: 2, rejected: 0, records: 2 });
    expect(records.map((r) => r.externalId)).toEqual(['case-0001', 'case-0002']);
  });

  it('imports a Windows-1252 export with å, ä and ö through a profile, and rejects a day that does not exist', async () => {
    const { records, sink } = collect<import('@stadig/case').Case>();
    const summary = await importCsv(example('cases-system-windows-1252.csv'), {
      kind: 'cases',
      asOf,
      profile: profile('exempel-socialtjanst.json'),
      sink,
    });
    expect(summary.dialect).toEqual({ separator: ';', encoding: 'windows-1252', decimal: ',' });
    expect([summary.read, summary.imported, summary.rejected, summary.notices]).toEqual([
      3,
      2,
      1,
      [],
    ]);
    const [first, second] = records.map((r) => r.value);
    expect(String(first?.household.survivor.name)).toBe('[protected:name]');
    expect(first?.household.children.map((c) => c.birthDate)).toEqual(['2015-06-20', '2021-09-02']);
    expect(first?.household.survivor.protectedIdentity).toBe('skyddad-folkbokforing');
    expect(first?.economy?.monthlyIncome).toBe(2_150_000);
    expect(second?.violence.kinds).toEqual(['honour-related', 'other-close']);
    expect(first?.protection.avoidMunicipalities).toEqual(['2080', '2062']);
    expect(second?.stays[0]?.municipality).toBe('1480');
    expect(summary.rejections).toEqual([
      {
        row: 4,
        problems: [
          {
            column: 'Födelsedatum',
            columnIndex: 4,
            code: 'csv.invalid-date',
            message: {
              sv: 'Datumet följer inte formatet YYYYMMDD.',
              en: 'The date does not follow the format YYYYMMDD.',
            },
          },
        ],
      },
    ]);
  });

  it('rejects a municipality name that is only probably right, without repeating it', async () => {
    const profile = parseMappingProfile({
      name: 'x',
      kind: 'cases',
      columns: { Kommun: { to: 'municipality', resolve: 'municipality' } },
    })._unsafeUnwrap();
    const summary = await importCsv(utf8('Kommun\nNorrälje kommun\n'), {
      kind: 'cases',
      asOf,
      profile,
    });
    expect(summary.rejections[0]?.problems[0]).toMatchObject({
      column: 'Kommun',
      code: 'csv.municipality-unknown',
    });
    expect(JSON.stringify(summary)).not.toContain('Norrälje');
  });

  it('names the column of a schema error and never repeats the value', async () => {
    const text =
      'id;municipality;household.survivor.name;household.survivor.identityNumber;violence.kinds;violence.perpetrators;protection.canStayInHomeMunicipality;events.1.type;events.1.date\n' +
      'c-1;2080;Hemlig Person;19850314-9999;partner;1;nej;opened;2025-01-10\n' +
      'c-2;9999;Hemlig Person;;partner;noll;nej;opened;2025-01-10\n';
    const summary = await importCsv(utf8(text), { kind: 'cases', asOf });
    expect(
      summary.rejections.map((r) => [
        r.row,
        r.problems.map((p) => [p.column, p.columnIndex, p.code]),
      ]),
    ).toEqual([
      [2, [['household.survivor.identityNumber', 4, expect.stringMatching(/^identity\./)]]],
      [3, [['violence.perpetrators', 6, 'csv.invalid-integer']]],
    ]);
    const json = JSON.stringify(summary);
    for (const secret of ['Hemlig', '19850314-9999', 'noll']) expect(json).not.toContain(secret);
  });

  it('reports a missing required field by its name, and unknown columns by number only', async () => {
    const text = 'id;Personnummer 19850314-1234\nc-1;x\n';
    const summary = await importCsv(utf8(text), { kind: 'cases', asOf });
    expect(summary.notices.map((n) => [n.code, n.path])).toEqual([
      ['csv.unknown-column', ['header', 2]],
    ]);
    expect(summary.rejections[0]?.problems.map((p) => p.column)).toContain('municipality');
    expect(JSON.stringify(summary)).not.toContain('19850314');
  });

  it('rejects every row with one problem when not one column is known (a file that needs a profile)', async () => {
    const file = readFileSync(join(root, 'examples/cases-system-windows-1252.csv'));
    const summary = await importCsv(file, { kind: 'cases', asOf });
    expect([summary.read, summary.imported, summary.rejected]).toEqual([3, 0, 3]);
    expect(summary.notices.map((n) => [n.code, n.path])).toEqual([
      ['csv.no-known-column', ['header']],
    ]);
    expect(summary.rejections.map((r) => r.problems.map((p) => p.code))).toEqual([
      ['csv.no-known-column'],
      ['csv.no-known-column'],
      ['csv.no-known-column'],
    ]);
    const profile = readFileSync(join(root, 'profiles/exempel-socialtjanst.json'), 'utf8');
    const mapped = await importCsv(file, { kind: 'cases', asOf, profile: JSON.parse(profile) });
    expect(mapped.notices.map((n) => n.code)).not.toContain('csv.no-known-column');
  });

  it('rejects rows with the wrong number of fields and rows the parser cannot read', async () => {
    const text = 'id;municipality\nc-1;2080;extra\nc-2\n"c-3;2080\n';
    const summary = await importCsv(utf8(text), { kind: 'cases', asOf });
    expect(summary.rejections.map((r) => r.problems[0]?.code)).toEqual([
      'csv.column-count',
      'csv.column-count',
      'csv.malformed-row',
    ]);
    expect([summary.read, summary.rejected]).toEqual([3, 3]);
  });

  it('rejects a second case with an id already taken in the file, naming the first row', async () => {
    const text =
      'id;municipality;household.survivor.name;violence.kinds;violence.perpetrators;protection.canStayInHomeMunicipality;events.1.type;events.1.date\n' +
      'hemligt-id;2080;Första Person;partner;1;nej;opened;2025-01-10\n' +
      'c-2;2080;Andra Person;partner;1;nej;opened;2025-01-10\n' +
      'hemligt-id;1480;Tredje Person;partner;2;ja;opened;2025-02-10\n';
    const { records, sink } = collect<unknown>();
    const summary = await importCsv(utf8(text), { kind: 'cases', asOf, sink });
    expect([summary.read, summary.imported, summary.rejected]).toEqual([3, 2, 1]);
    expect(records.map((r) => r.rows)).toEqual([[2], [3]]);
    expect(summary.rejections).toEqual([
      {
        row: 4,
        problems: [
          {
            column: 'id',
            columnIndex: 1,
            code: 'csv.duplicate-id',
            message: {
              sv: 'Posten har samma id som raden 2 i filen; bara den första importeras.',
              en: 'The record has the same id as row 2 of the file; only the first is imported.',
            },
          },
        ],
      },
    ]);
    const json = JSON.stringify(summary);
    for (const secret of ['hemligt', 'Person']) expect(json).not.toContain(secret);
  });

  it('in strict mode rejects the whole file on one error and stores nothing', async () => {
    const good = readFileSync(join(root, 'examples/cases-excel-sv.csv'), 'utf8');
    const bad = `${good}case-9;2080\r\n`;
    const { records, sink } = collect<unknown>();
    const summary = await importCsv(utf8(bad), { kind: 'cases', asOf, strict: true, sink });
    expect(summary).toMatchObject({
      read: 3,
      imported: 0,
      rejected: 3,
      fileRejected: true,
      records: 0,
    });
    expect(summary.notices.map((n) => n.code)).toContain('csv.strict-file-rejected');
    expect(records).toEqual([]);
    const extra = good.replace('id;', 'Handläggare;id;').replace(/\r\ncase-/g, '\r\nx;case-');
    const unknown = await importCsv(utf8(extra), { kind: 'cases', asOf, strict: true, sink });
    expect(unknown).toMatchObject({ read: 2, imported: 0, rejected: 2, fileRejected: true });
    const clean = await importCsv(utf8(good), { kind: 'cases', asOf, strict: true, sink });
    expect(clean).toMatchObject({ read: 2, imported: 2, rejected: 0, fileRejected: false });
    expect(records).toHaveLength(2);
  });

  it('in strict mode writes the whole file in one batch, and a refusal of it rejects the file with nothing tried alone', async () => {
    const text = utf8(readFileSync(join(root, 'examples/cases-excel-sv.csv'), 'utf8'));
    const calls: string[][] = [];
    const stored = await importCsv(text, {
      kind: 'cases',
      asOf,
      strict: true,
      batchSize: 1,
      sink: { write: async (batch) => void calls.push(batch.map((r) => r.externalId)) },
    });
    expect(calls).toEqual([['case-0001', 'case-0002']]);
    expect(stored).toMatchObject({ read: 2, imported: 2, rejected: 0, fileRejected: false });

    calls.length = 0;
    const refusal = Object.freeze({
      code: 'store.forbidden',
      path: [],
      message: { sv: 'Databasen vägrade.', en: 'The database refused.' },
      params: {},
    });
    const refused = await importCsv(text, {
      kind: 'cases',
      asOf,
      strict: true,
      batchSize: 1,
      sink: {
        write: async (batch) => {
          calls.push(batch.map((r) => r.externalId));
          throw refusal;
        },
      },
    });
    expect(calls).toEqual([['case-0001', 'case-0002']]);
    expect(refused).toMatchObject({
      read: 2,
      imported: 0,
      rejected: 2,
      records: 0,
      fileRejected: true,
    });
    expect(refused.notices.map((n) => n.code)).toEqual([
      'csv.strict-sink-failed',
      'store.forbidden',
    ]);
    expect(refused.notices[1]?.message.en).toBe('The database refused.');
  });

  it('reads a batch size or a rejection limit that is not a whole number as one, and every record reaches the sink once', async () => {
    const text = utf8(readFileSync(join(root, 'examples/cases-excel-sv.csv'), 'utf8'));
    for (const strict of [false, true]) {
      for (const batchSize of [Number.NaN, 0, -3, 0.5, 1.5, Number.POSITIVE_INFINITY]) {
        const { records, sink } = collect<unknown>();
        const summary = await importCsv(text, {
          kind: 'cases',
          asOf,
          strict,
          batchSize,
          maxRejections: Number.NaN,
          sink,
        });
        expect(summary).toMatchObject({ read: 2, imported: 2, rejected: 0 });
        expect(records.map((r) => r.externalId)).toEqual(['case-0001', 'case-0002']);
      }
    }
    const bad = utf8('id;municipality\r\nx;0180\r\ny;0180\r\n');
    const limited = await importCsv(bad, { kind: 'cases', asOf, maxRejections: 1.9 });
    expect(limited).toMatchObject({ read: 2, rejected: 2, rejectionsOmitted: 1 });
    expect(limited.rejections).toHaveLength(1);
  });

  it('resolves with the rows rejected when the sink rejects with an object that cannot be read', async () => {
    const text = utf8(readFileSync(join(root, 'examples/cases-excel-sv.csv'), 'utf8'));
    const unreadable = Object.defineProperty(new Error('db'), 'code', {
      get() {
        throw new Error('getter');
      },
    });
    const summary = await importCsv(text, {
      kind: 'cases',
      asOf,
      sink: {
        write: async () => {
          throw unreadable;
        },
      },
    });
    expect(summary).toMatchObject({ read: 2, imported: 0, rejected: 2 });
    expect(summary.rejections[0]?.problems.map((p) => p.code)).toEqual(['csv.sink-failed']);
  });

  it('writes in batches, tries a refused batch a record at a time, rejects what is refused alone, and resumes after a row', async () => {
    const text = readFileSync(join(root, 'examples/cases-excel-sv.csv'), 'utf8');
    const batches: number[] = [];
    const summary = await importCsv(utf8(text), {
      kind: 'cases',
      asOf,
      batchSize: 1,
      sink: {
        write: async (batch) => {
          batches.push(batch.length);
          if (batch[0]?.externalId === 'case-0002') throw new Error('full');
        },
      },
    });
    expect(batches).toEqual([1, 1]);
    expect(summary).toMatchObject({ read: 2, imported: 1, rejected: 1 });
    expect(summary.rejections[0]).toMatchObject({
      row: 3,
      problems: [{ code: 'csv.sink-failed' }],
    });
    // A refused batch of two: each case is tried alone, and only the refused one is lost.
    const alone: string[][] = [];
    const retried = await importCsv(utf8(text), {
      kind: 'cases',
      asOf,
      batchSize: 2,
      sink: {
        write: async (batch) => {
          alone.push(batch.map((r) => r.externalId));
          if (batch.some((r) => r.externalId === 'case-0002')) throw new Error('refused');
        },
      },
    });
    expect(alone).toEqual([['case-0001', 'case-0002'], ['case-0001'], ['case-0002']]);
    expect(retried).toMatchObject({ read: 2, imported: 1, rejected: 1, records: 1 });
    expect(retried.rejections[0]).toMatchObject({
      row: 3,
      problems: [{ code: 'csv.sink-failed' }],
    });
    const resumed = await importCsv(utf8(text), { kind: 'cases', asOf, resumeAfter: 2 });
    expect(resumed).toMatchObject({ read: 1, imported: 1, resumedAfter: 2 });
  });

  it('reports a file without a header, and a profile of another kind', async () => {
    expect(
      (await importCsv(new Uint8Array(), { kind: 'cases', asOf })).notices.map((n) => n.code),
    ).toEqual(['csv.empty-file']);
    const wrong = await importCsv(utf8('id\n1\n'), {
      kind: 'offers',
      asOf,
      profile: { name: 'x', kind: 'cases', columns: { id: 'id' } },
    });
    expect(wrong).toMatchObject({ read: 1, rejected: 1 });
    expect(wrong.notices[0]?.code).toBe('csv.profile-wrong-kind');
  });

  it('reports a source that fails, with the rows read so far accounted for', async () => {
    async function* failing() {
      yield utf8('id;municipality\nc-1;2080\n');
      throw new Error('disk');
    }
    const summary = await importCsv(failing(), { kind: 'cases', asOf });
    expect(summary.notices.map((n) => n.code)).toContain('csv.unreadable-source');
    expect(summary.read).toBe(summary.imported + summary.rejected);
  });
});

describe('importCsv: grant applications and usage reports', () => {
  it('groups adjacent rows of one application (the grants file format) and rejects an unknown applicant', async () => {
    const { records, sink } = collect<import('@stadig/grants').GrantApplication>();
    const summary = await importCsv(example('applications.csv'), {
      kind: 'applications',
      asOf,
      sink,
    });
    expect([summary.read, summary.imported, summary.rejected, summary.records]).toEqual([
      5, 4, 1, 2,
    ]);
    expect(
      records.map((r) => [
        r.externalId,
        r.value.municipalityCode,
        r.value.activities.length,
        r.rows,
      ]),
    ).toEqual([
      ['FALUN-1', '2080', 2, [2, 3]],
      ['BORAS-1', '1490', 2, [4, 5]],
    ]);
    expect(summary.rejections[0]?.problems[0]).toMatchObject({ column: 'kommun', columnIndex: 3 });
  });

  it('maps a system export of applications with a profile: codes and a split period', async () => {
    const { records, sink } = collect<import('@stadig/grants').GrantApplication>();
    const summary = await importCsv(example('applications-system.csv'), {
      kind: 'applications',
      asOf,
      profile: profile('exempel-bidragsansokan.json'),
      sink,
    });
    expect(summary).toMatchObject({ read: 2, imported: 2, rejected: 0 });
    expect(
      records[0]?.value.activities.map((a) => [a.category, a.period.from, a.period.to]),
    ).toEqual([
      ['mapping-and-analysis', '2023-01-01', '2023-12-31'],
      ['other', '2023-06-01', '2023-12-31'],
    ]);
    expect(records[0]?.value.requested).toBe(35_000_000);
  });

  it('imports usage reports and rejects one that used more than it was granted', async () => {
    const { records, sink } = collect<import('@stadig/grants').UsageReport>();
    const summary = await importCsv(example('usage.csv'), { kind: 'usage', asOf, sink });
    expect([summary.read, summary.imported, summary.rejected]).toEqual([3, 2, 1]);
    expect(records.map((r) => r.externalId)).toEqual(['2080:2023']);
    expect(summary.rejections[0]?.problems[0]?.code).toBe('grants.used-exceeds-granted');
  });

  it('rejects a second report for a municipality and year, with no one column to point at', async () => {
    const text =
      'kommun,ar,beviljat_kr,kategori,lonekostnader_kr,ovriga_kostnader_kr\n' +
      'Falu kommun,2023,700000,other,400000,0\n' +
      'Hagfors kommun,2023,45675,other,40000,0\n' +
      'Falu kommun,2023,700000,other,300000,0\n';
    const summary = await importCsv(utf8(text), { kind: 'usage', asOf });
    expect([summary.read, summary.imported, summary.rejected]).toEqual([3, 2, 1]);
    expect(summary.rejections).toEqual([
      {
        row: 4,
        problems: [
          expect.objectContaining({ column: null, columnIndex: null, code: 'csv.duplicate-id' }),
        ],
      },
    ]);
    expect(summary.rejections[0]?.problems[0]?.message.en).toContain('row 2');
  });

  it('rejects every row when the column that groups rows is missing', async () => {
    const summary = await importCsv(utf8('ar;kommun\n2023;Falun\n'), {
      kind: 'applications',
      asOf,
    });
    expect(summary.rejections[0]?.problems[0]?.code).toBe('csv.missing-column');
    expect([summary.read, summary.rejected]).toEqual([1, 1]);
  });
});

describe('properties', () => {
  it('arbitrary bytes never make the importer throw, and read = imported + rejected', async () => {
    const kinds = ['cases', 'applications', 'usage', 'offers'] as const;
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom(...kinds),
        fc.boolean(),
        async (bytes, kind, strict) => {
          const s = await importCsv(bytes, { kind, asOf, strict });
          expect(s.read).toBe(s.imported + s.rejected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('read = imported + rejected for arbitrary delimited files with known columns', async () => {
    const names = [
      'id',
      'municipality',
      'household.survivor.name',
      'violence.kinds',
      'violence.perpetrators',
      'events.1.type',
      'events.1.date',
      'x',
    ];
    const cell = fc.oneof(
      fc.constantFrom('', '2080', 'partner', '1', 'opened', '2025-01-10', 'ja'),
      fc.string({ maxLength: 6 }),
    );
    const file = fc
      .tuple(fc.subarray(names, { minLength: 1 }), fc.constantFrom(';', ',', '\t'))
      .chain(([header, sep]) =>
        fc
          .array(fc.array(cell, { minLength: header.length, maxLength: header.length + 1 }), {
            maxLength: 12,
          })
          .map((rows) =>
            [header, ...rows]
              .map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(sep))
              .join('\n'),
          ),
      );
    await fc.assert(
      fc.asyncProperty(file, async (text) => {
        const s = await importCsv(utf8(text), { kind: 'cases', asOf });
        expect(s.read).toBe(s.imported + s.rejected);
        expect(s.rejections.length + s.rejectionsOmitted).toBe(s.rejected);
      }),
      { numRuns: 80 },
    );
  });

  it('no protected value of a rejected case appears in any rejection', async () => {
    const input = exampleCaseInput();
    const c = parseCase(input, { asOf })._unsafeUnwrap();
    expect(c.id).toBe('case-0001');
    await fc.assert(
      fc.asyncProperty(
        fc
          .string({ minLength: 4, maxLength: 12 })
          .filter((s) => /^[\p{L} ]+$/u.test(s) && s.trim().length >= 4),
        async (name) => {
          const text = `id;household.survivor.name;notes.1;economy.debts\nc-1;${name};${name};${name}\n`;
          const s = await importCsv(utf8(text), { kind: 'cases', asOf });
          expect(s.rejected).toBe(1);
          expect(JSON.stringify(s)).not.toContain(name.trim());
        },
      ),
      { numRuns: 50 },
    );
  });
});
