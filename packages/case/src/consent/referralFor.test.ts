import { type DateOnly, isProtected, parseDateOnly, reveal } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case } from '../model/Case';
import { parseCase } from '../model/parseCase';
import { arbCase } from '../testing/arbCaseInput';
import { exampleCaseInput } from '../testing/exampleCaseInput';
import type { Recipient } from './canShare';
import { referralFor } from './referralFor';

const asOf = parseDateOnly('2025-06-01')._unsafeUnwrap() as DateOnly;
const housingCompany: Recipient = { kind: 'category', category: 'municipal-housing-company' };
const example = parseCase(exampleCaseInput(), { asOf })._unsafeUnwrap();

/** Every revealed text of every Protected value in a case. */
const secretsOf = (value: unknown): string[] => {
  if (isProtected(value))
    return [JSON.stringify(reveal(value))].map((s) => s.replace(/^"|"$/g, ''));
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(secretsOf);
};

describe('referralFor', () => {
  it('gives the minimum a landlord needs, under a valid consent', () => {
    expect(referralFor(example, housingCompany, asOf)._unsafeUnwrap()).toEqual({
      purpose: 'housing-referral',
      asOf,
      householdSize: 3,
      ageBands: { '0-5': 1, '6-12': 1, '13-17': 0, '18+': 1 },
      rooms: 3,
      accessibility: ['elevator'],
      pets: ['cat'],
      moveInWindow: { earliest: '2025-04-01', latest: '2025-08-31' },
    });
  });

  it('refuses without a valid consent, with the reason', () => {
    const errors = referralFor(
      example,
      housingCompany,
      parseDateOnly('2026-02-01')._unsafeUnwrap(),
    )._unsafeUnwrapErr();
    expect(errors.map((e) => e.code)).toEqual(['consent.expired']);
    expect(errors[0].message.en).toBe('The consent has expired.');
  });

  it('holds no name, identity number, address or note of the example case', () => {
    const json = JSON.stringify(referralFor(example, housingCompany, asOf));
    for (const secret of [
      'Testa',
      'Exempelsdotter',
      'Storgatan',
      'arbetsplats',
      '2080',
      '2062',
      'partner',
    ]) {
      expect(json).not.toContain(secret);
    }
  });
});

describe('properties', () => {
  it('the serialized referral holds no Protected value and no address', () => {
    fc.assert(
      fc.property(arbCase({ asOf }), (c: Case) => {
        const json = JSON.stringify(referralFor(c, housingCompany, asOf));
        // Shorter random texts can occur by chance inside vocabulary codes such as 'housing-referral'.
        for (const secret of secretsOf(c).filter((s) => s.length >= 8))
          expect(json).not.toContain(secret);
        expect(json).not.toMatch(/address|name|identity|violence/i);
      }),
      { numRuns: 200 },
    );
  });
});
