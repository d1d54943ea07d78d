import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGrantApplication } from './parseGrantApplication';

const valid = {
  id: 'FALUN-2023',
  year: 2023,
  municipality: 'Falu kommun*',
  requested: '700 000 kr',
  activities: [
    {
      category: 'cooperation-landlords',
      salaryCosts: 600000,
      otherCosts: '100 000,50',
      period: { from: '2023-01-01', to: '2023-12-31' },
    },
  ],
};

describe('parseGrantApplication', () => {
  it('reads an application: the municipality resolved to its SCB code, amounts in öre', () => {
    const application = parseGrantApplication(valid)._unsafeUnwrap();
    expect(application.municipalityCode).toBe('2080');
    expect(application.requested).toBe(70_000_000);
    expect(application.activities[0].otherCosts).toBe(10_000_050);
    expect(application.activities[0].ineligiblePurposes).toEqual([]);
  });
  it('a probable name is a problem naming the candidate: "Norrälje kommun" (seed 004, Bilaga 1)', () => {
    const errors = parseGrantApplication({
      ...valid,
      municipality: 'Norrälje kommun',
    })._unsafeUnwrapErr();
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['grants.municipality-probable', ['municipality']],
    ]);
    expect(errors[0].params).toEqual({ candidate: 'Norrtälje', code: '0188' });
    expect(errors[0].message.sv).toContain('Norrtälje (0188)');
  });
  it('an unknown name is an error, and does not repeat the input', () => {
    const errors = parseGrantApplication({ ...valid, municipality: 'Ankeborg' })._unsafeUnwrapErr();
    expect(errors[0].code).toBe('grants.municipality-unknown');
    expect(JSON.stringify(errors)).not.toContain('Ankeborg');
  });
  it('lists every problem with its path', () => {
    const errors = parseGrantApplication(
      {
        id: '',
        year: 2031,
        municipality: 'Region Stockholm',
        requested: -5,
        activities: [
          {
            category: 'jourlägenhet',
            salaryCosts: '1.234',
            otherCosts: 0,
            period: { from: '2023-02-30', to: '2023-01-01' },
          },
        ],
      },
      ['applications', 2],
    )._unsafeUnwrapErr();
    expect(errors.map((e) => [e.code, e.path.join('.')])).toEqual(
      expect.arrayContaining([
        ['validation.too-small', 'applications.2.id'],
        ['grants.unknown-year', 'applications.2.year'],
        ['grants.municipality-unknown', 'applications.2.municipality'],
        ['grants.negative-amount', 'applications.2.requested'],
        ['validation.invalid-value', 'applications.2.activities.0.category'],
        ['money.ambiguous-separator', 'applications.2.activities.0.salaryCosts'],
        ['date.does-not-exist', 'applications.2.activities.0.period.from'],
      ]),
    );
  });
  it('the requested amount may not exceed the activities’ total costs', () => {
    const errors = parseGrantApplication({ ...valid, requested: 800000 })._unsafeUnwrapErr();
    expect(errors.map((e) => e.code)).toEqual(['grants.requested-exceeds-costs']);
  });
  it('needs at least one activity', () => {
    const errors = parseGrantApplication({ ...valid, activities: [] })._unsafeUnwrapErr();
    expect(errors.map((e) => [e.code, e.path])).toEqual([['validation.too-small', ['activities']]]);
  });
});

describe('properties', () => {
  it('parsing never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.anything(), (input) => void parseGrantApplication(input)));
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('id', 'year', 'municipality', 'requested', 'activities'),
          fc.anything(),
        ),
        (input) => {
          const result = parseGrantApplication({ ...valid, ...input });
          if (result.isErr()) expect(result.error.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
