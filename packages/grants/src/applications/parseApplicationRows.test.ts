import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseApplicationRows } from './parseApplicationRows';
import { parseGrantApplications } from './parseGrantApplications';

const header =
  'ansokan;ar;kommun;begart_belopp_kr;kategori;lonekostnader_kr;ovriga_kostnader_kr;fran;till;ej_forenligt_syfte';

describe('parseApplicationRows', () => {
  it('groups rows into applications by the ansokan column, in the order ids first appear', () => {
    const text = [
      header,
      'FALUN-1;2023;Falu kommun;700 000;cooperation-landlords;500 000;;2023-01-01;2023-12-31;',
      'BORAS-1;2023;Borås Stad;100 000;social-contracts;100 000;0;2023-02-01;2023-06-30;',
      'FALUN-1;;;;mapping-and-analysis;150 000;50 000;2023-03-01;2023-08-31;',
      'BORAS-1;;;;other;50 000;0;2023-01-01;2023-12-31;"preventive-work, statutory-duty"',
    ].join('\n');
    const apps = parseApplicationRows(text)._unsafeUnwrap();
    expect(apps.map((a) => [a.id, a.municipalityCode, a.requested, a.activities.length])).toEqual([
      ['FALUN-1', '2080', 70_000_000, 2],
      ['BORAS-1', '1490', 10_000_000, 2],
    ]);
    expect(apps[0]?.activities[0].otherCosts).toBe(0);
    expect(apps[1]?.activities[1]?.ineligiblePurposes).toEqual([
      'preventive-work',
      'statutory-duty',
    ]);
  });
  it('accepts the English header names', () => {
    const english =
      'application;year;municipality;requested_kr;category;salary_costs_kr;other_costs_kr;from;to';
    const apps = parseApplicationRows(
      `${english}\nA;2023;0180;1000;other;1000;0;2023-01-01;2023-01-31\n`,
    )._unsafeUnwrap();
    expect(apps[0]?.municipalityCode).toBe('0180');
  });
  it('reports every problem at its row and column', () => {
    const text = [
      header,
      'A;2023;Norrälje kommun;1000;other;1000;0;2023-01-01;2023-01-31;',
      'B;2023;Sala kommun;1000;castle;1 000,5,0;0;2023-02-30;2023-03-01;nonsense',
      'B;;;;other;0;0;2023-01-01;2023-01-31;',
    ].join('\n');
    const errors = parseApplicationRows(text)._unsafeUnwrapErr();
    expect(errors.map((e) => `${e.code}@${e.path.join('.')}`)).toEqual([
      'grants.municipality-probable@rows.2.kommun',
      'validation.invalid-value@rows.3.kategori',
      'date.does-not-exist@rows.3.fran',
      'validation.invalid-value@rows.3.ej_forenligt_syfte',
      'money.invalid-format@rows.3.lonekostnader_kr',
    ]);
  });
  it('names the missing columns of the header', () => {
    const errors = parseApplicationRows('ansokan;kommun\nA;Sala')._unsafeUnwrapErr();
    expect(errors.map((e) => e.params.column)).toEqual([
      'ar',
      'begart_belopp_kr',
      'kategori',
      'fran',
      'till',
    ]);
  });
});

describe('parseGrantApplications', () => {
  it('reads an array or { applications }, with paths per application', () => {
    const app = {
      id: 'A',
      year: 2023,
      municipality: 'Sala kommun',
      requested: 1000,
      activities: [
        {
          category: 'other',
          salaryCosts: 1000,
          otherCosts: 0,
          period: { from: '2023-01-01', to: '2023-01-31' },
        },
      ],
    };
    expect(parseGrantApplications([app])._unsafeUnwrap()).toHaveLength(1);
    const errors = parseGrantApplications({
      applications: [app, { ...app, municipality: 'Ankeborg' }],
    })._unsafeUnwrapErr();
    expect(errors.map((e) => e.path.join('.'))).toEqual(['applications.1.municipality']);
    expect(parseGrantApplications(7)._unsafeUnwrapErr()[0].path).toEqual(['applications']);
  });
});

describe('properties', () => {
  it('parsing never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseApplicationRows(s)));
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { maxLength: 11 }), { maxLength: 6 }), (rows) => {
        parseApplicationRows([header, ...rows.map((r) => r.join(';'))].join('\n'));
      }),
    );
  });

  it('every error is frozen, its path too, as every parser gives them', () => {
    const applicant = fc.constantFrom('Falun', 'Ingenstans kommun', '2080', '');
    fc.assert(
      fc.property(applicant, fc.string({ maxLength: 12 }), (name, amount) => {
        const row = `X-1;2023;${name};${amount};other;${amount};0;2023-01-01;2023-12-31;`;
        const read = parseApplicationRows(`${header}\n${row}\n`);
        return (
          read.isOk() || read.error.every((e) => Object.isFrozen(e) && Object.isFrozen(e.path))
        );
      }),
    );
    fc.assert(fc.property(fc.anything(), (x) => void parseGrantApplications(x)));
  });
});
