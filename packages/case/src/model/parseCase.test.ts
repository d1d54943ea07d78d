import { parseDateOnly, reveal } from '@stadig/core';
import { arbIdentityNumberText } from '@stadig/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleCaseInput } from '../testing/exampleCaseInput';
import { parseCase } from './parseCase';

const asOf = parseDateOnly('2025-06-01')._unsafeUnwrap();
// Built at run time, different every run: no identity number is written in the repository.
const [survivorNumber = ''] = fc.sample(
  arbIdentityNumberText({ asOf, kind: 'personnummer', form: 'twelve-with-hyphen' }),
  1,
);
const secrets = [
  'Testa',
  'Exempelsdotter',
  survivorNumber.slice(-4),
  'Storgatan',
  'arbetsplats',
  '60.6',
];

describe('parseCase', () => {
  it('parses a complete case and protects every personal field', () => {
    const input = exampleCaseInput();
    const { birthDate: _, ...survivor } = input.household.survivor;
    const withNumber = {
      ...input,
      household: { ...input.household, survivor: { ...survivor, identityNumber: survivorNumber } },
    };
    const c = parseCase(withNumber, { asOf })._unsafeUnwrap();
    expect(reveal(c.household.survivor.name)).toBe('Testa Exempelsdotter');
    expect(c.household.survivor.identityNumber?.kind).toBe('personnummer');
    // Without a birth date given, it is the one the number encodes.
    expect(c.household.survivor.birthDate).toBe(
      `${survivorNumber.slice(0, 4)}-${survivorNumber.slice(4, 6)}-${survivorNumber.slice(6, 8)}`,
    );
    expect(c.household.survivor.protectedIdentity).toBe('skyddad-folkbokforing');
    expect(c.household.children[1]?.protectedIdentity).toBe('none');
    expect(c.household.otherAdults).toEqual([]);
    expect(String(c.notes[0])).toBe('[protected:free-text]');
    expect(String(c.protection.keepDistanceFrom[0]?.coordinates)).toBe('[protected:location]');
    const json = JSON.stringify(c);
    for (const secret of secrets) expect(json).not.toContain(secret);
  });

  it('lists every problem by path, without echoing values', () => {
    const input = exampleCaseInput();
    const bad = {
      ...input,
      municipality: '0100',
      household: {
        ...input.household,
        survivor: { name: 'Testa', identityNumber: '19850314-9829' },
      },
      stays: [{ ...input.stays[0], to: '2024-01-01' }],
    };
    const errors = parseCase(bad, { asOf })._unsafeUnwrapErr();
    expect(errors.map((e) => [e.code, e.path.join('.')])).toEqual(
      expect.arrayContaining([
        ['municipality.unknown-code', 'municipality'],
        ['case.ends-before-start', 'stays.0.to'],
        ['identity.checksum-mismatch', 'household.survivor.identityNumber'],
      ]),
    );
    expect(JSON.stringify(errors)).not.toContain('Testa');
    expect(JSON.stringify(errors)).not.toContain('9829');
  });

  it('names every missing part of an almost empty case', () => {
    const errors = parseCase({ id: 'c-1' }, { asOf })._unsafeUnwrapErr();
    expect(errors.map((e) => e.path.join('.'))).toEqual([
      'municipality',
      'household',
      'violence',
      'protection',
      'consents',
      'stays',
      'applications',
      'events',
    ]);
  });

  it('rejects an event log that the lifecycle does not allow', () => {
    const input = {
      ...exampleCaseInput(),
      events: [
        { type: 'opened', date: '2025-01-10' },
        { type: 'moved-in', date: '2025-02-01', offerId: 'o1' },
      ],
    };
    const errors = parseCase(input, { asOf })._unsafeUnwrapErr();
    expect(errors.map((e) => [e.code, e.path.join('.')])).toEqual([
      ['lifecycle.moved-in-before-offer', 'events.1'],
    ]);
  });

  it('protects the outcome address and gives the permanence verdict', () => {
    const input = {
      ...exampleCaseInput(),
      outcome: {
        date: '2025-05-01',
        solution: {
          tenure: 'first-hand-lease',
          municipality: '2062',
          contract: { start: '2025-05-01' },
          address: 'Storgatan 9',
        },
      },
    };
    const c = parseCase(input, { asOf })._unsafeUnwrap();
    expect(c.outcome?.verdict.verdict).toBe('permanent');
    expect(JSON.stringify(c)).not.toContain('Storgatan');
  });
});

describe('properties', () => {
  it('never throws, for any input', () => {
    fc.assert(fc.property(fc.anything(), (input) => void parseCase(input, { asOf })));
    fc.assert(fc.property(fc.jsonValue(), (input) => void parseCase(input, { asOf })));
  });

  it('errors never repeat a string put anywhere in the household', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 6 }).filter((s) => /^\w+$/.test(s)),
        fc.anything(),
        (secret, junk) => {
          const input = exampleCaseInput();
          const bad = {
            ...input,
            household: { survivor: { name: secret, identityNumber: secret, birthDate: junk } },
            notes: [secret, junk],
          };
          const result = parseCase(bad, { asOf });
          expect(JSON.stringify(result.isErr() ? result.error : result.value)).not.toContain(
            secret,
          );
        },
      ),
    );
  });
});
