import { isProtected, reveal } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbAddress } from '../testing/arbAddress';
import { parseHousingSolution } from './parseHousingSolution';

const valid = {
  tenure: 'social-contract',
  municipality: '2062',
  contract: {
    start: '2025-01-01',
    end: '2026-12-31',
    noticePeriodMonths: 3,
    renewal: 'by-agreement',
    takeover: { afterMonths: 12, conditions: ['rent-paid', 'no-complaints'] },
  },
  rooms: 3,
  floorArea: 74.5,
  rentPerMonth: 845_000,
  landlord: 'municipality',
  accessibility: ['elevator'],
  petsAllowed: true,
  address: { street: 'Lindgatan 4', postalCode: '792 30', city: 'Mora' },
};

describe('parseHousingSolution', () => {
  it('accepts a complete solution and protects its address', () => {
    const solution = parseHousingSolution(valid)._unsafeUnwrap();
    expect(solution.contract?.takeover?.afterMonths).toBe(12);
    expect(isProtected(solution.address)).toBe(true);
    expect(solution.address && reveal(solution.address)).toEqual(valid.address);
    expect(JSON.stringify(solution)).toContain('"address":"[protected:address]"');
    expect(JSON.stringify(solution)).not.toContain('Lindgatan');
  });

  it('accepts the address as text, and no address at all', () => {
    const text = parseHousingSolution({ ...valid, address: 'Lindgatan 4, Mora' })._unsafeUnwrap();
    expect(text.address && reveal(text.address)).toBe('Lindgatan 4, Mora');
    const { address: _, ...withoutAddress } = valid;
    expect('address' in parseHousingSolution(withoutAddress)._unsafeUnwrap()).toBe(false);
  });

  it('lists every problem with its path, and prefixes a given path', () => {
    const errors = parseHousingSolution(
      {
        tenure: 'castle',
        municipality: '0100',
        contract: { start: '2023-02-29', takeover: { afterMonths: -1 } },
        rooms: 0,
        rentPerMonth: 12.5,
        accessibility: ['moat'],
        colour: 'red',
      },
      ['rows', 7],
    )._unsafeUnwrapErr();
    expect(errors.map((e) => [e.code, e.path.join('.')])).toEqual(
      expect.arrayContaining([
        ['validation.invalid-value', 'rows.7.tenure'],
        ['municipality.unknown-code', 'rows.7.municipality'],
        ['date.does-not-exist', 'rows.7.contract.start'],
        ['validation.too-small', 'rows.7.contract.takeover.afterMonths'],
        ['validation.too-small', 'rows.7.rooms'],
        ['validation.invalid-type', 'rows.7.rentPerMonth'],
        ['validation.invalid-value', 'rows.7.accessibility.0'],
        ['validation.unknown-field', 'rows.7'],
      ]),
    );
    expect(errors).toHaveLength(8);
  });

  it('requires the held tenure when staying in the home, and only then', () => {
    const missing = parseHousingSolution({
      tenure: 'staying-in-home',
      municipality: '2062',
      rooms: 0,
    });
    expect(missing._unsafeUnwrapErr().map((e) => e.code)).toEqual([
      'validation.too-small',
      'housing.held-tenure-missing',
    ]);
    const unexpected = parseHousingSolution({
      tenure: 'owned',
      heldTenure: 'owned',
      municipality: '2062',
    });
    expect(unexpected._unsafeUnwrapErr()[0]?.code).toBe('housing.held-tenure-unexpected');
  });

  it('rejects a contract that ends before it starts, but not one that ends the day it starts', () => {
    const errors = parseHousingSolution({
      tenure: 'sublease',
      municipality: '2062',
      contract: { start: '2025-03-01', end: '2025-02-28' },
    })._unsafeUnwrapErr();
    expect(errors.map((e) => [e.code, e.path])).toEqual([
      ['housing.contract-ends-before-start', ['contract', 'end']],
    ]);
    const sameDay = {
      tenure: 'sublease',
      municipality: '2062',
      contract: { start: '2025-03-01', end: '2025-03-01' },
    };
    expect(parseHousingSolution(sameDay).isOk()).toBe(true);
  });

  it('requires tenure and municipality, and does not repeat an invalid address in its errors', () => {
    const errors = parseHousingSolution({
      address: { street: 'Lindgatan 4', door: 'B' },
    })._unsafeUnwrapErr();
    expect(errors.map((e) => e.path[0])).toEqual(['tenure', 'municipality', 'address']);
    expect(JSON.stringify(errors)).not.toContain('Lindgatan');
  });
});

describe('properties', () => {
  it('parsing never throws, for any JSON value and for anything', () => {
    const wellFormed = (value: unknown) => {
      const result = parseHousingSolution(value);
      if (result.isErr()) {
        for (const e of result.error)
          expect(e.message.sv.length * e.message.en.length).toBeGreaterThan(0);
      }
    };
    fc.assert(fc.property(fc.jsonValue(), wellFormed));
    fc.assert(fc.property(fc.anything(), wellFormed));
  });

  it('a generated address never appears in JSON.stringify of the parse errors or of the parsed solution', () => {
    fc.assert(
      fc.property(
        arbAddress(),
        fc.jsonValue(),
        fc.boolean(),
        ({ address, street }, noise, breakIt) => {
          const input = {
            tenure: breakIt ? noise : 'owned',
            municipality: '2062',
            address,
            rooms: noise,
          };
          const result = parseHousingSolution(input);
          const json = result.isOk() ? JSON.stringify(result.value) : JSON.stringify(result.error);
          expect(json).not.toContain(street);
        },
      ),
    );
  });
});
