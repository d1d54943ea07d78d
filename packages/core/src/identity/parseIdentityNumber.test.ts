import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { DateOnly } from '../dates/DateOnly';
import { reveal } from '../protected/reveal';
import { luhnCheckDigit } from './luhnCheckDigit';
import { parseIdentityNumber } from './parseIdentityNumber';

// No literal valid numbers: every valid number is built here, its check digit computed,
// so no real person's number is written into the repository.
const asOf = '2026-11-21' as DateOnly;
const ten = (nine: string, sep = '-') =>
  `${nine.slice(0, 6)}${sep}${nine.slice(6)}${luhnCheckDigit(nine)}`;
const twelve = (century: string, nine: string, sep = '') => `${century}${ten(nine, sep)}`;
const parse = (text: unknown, at: DateOnly = asOf) => parseIdentityNumber(text, { asOf: at });
const codeOf = (text: unknown, at: DateOnly = asOf) => parse(text, at)._unsafeUnwrapErr().code;

describe('parseIdentityNumber', () => {
  const nine = '811218123';
  const normalised = `19811218-123${luhnCheckDigit(nine)}`;

  it.each([
    ['twelve digits', twelve('19', nine)],
    ['twelve digits with hyphen', twelve('19', nine, '-')],
    ['ten digits', ten(nine, '')],
    ['ten digits with hyphen', ten(nine)],
    ['surrounding white space', `  ${ten(nine)}\t`],
  ])('accepts %s and normalises to YYYYMMDD-NNNN', (_, text) => {
    const id = parse(text)._unsafeUnwrap();
    expect(id.kind).toBe('personnummer');
    expect(reveal(id.value)).toBe(normalised);
    expect(reveal(id.birthDate)).toBe('1981-12-18');
  });

  it('reads day + 60 as a samordningsnummer (folkbokföringslagen 18 a §) born on day − 60', () => {
    const id = parse(ten('811278123'))._unsafeUnwrap();
    expect(id.kind).toBe('samordningsnummer');
    expect(reveal(id.value)).toBe(`19811278-123${luhnCheckDigit('811278123')}`);
    expect(reveal(id.birthDate)).toBe('1981-12-18');
  });

  it('infers the century from asOf, and + (100 or older, 18 §) a hundred years earlier', () => {
    expect(reveal(parse(ten('121210123'))._unsafeUnwrap().birthDate)).toBe('2012-12-10');
    expect(reveal(parse(ten('121210123', '+'))._unsafeUnwrap().birthDate)).toBe('1912-12-10');
    expect(reveal(parse(ten('270101121'))._unsafeUnwrap().birthDate)).toBe('1927-01-01');
    expect(reveal(parse(ten('261121121'))._unsafeUnwrap().birthDate)).toBe('2026-11-21');
    // Turns 100 in December of asOf's year: the plus sign is already due.
    expect(reveal(parse(ten('261225121', '+'))._unsafeUnwrap().birthDate)).toBe('1926-12-25');
  });

  it('never shows the digits through JSON.stringify, String or inspect', () => {
    const id = parse(twelve('19', nine))._unsafeUnwrap();
    expect(JSON.stringify(id)).toBe(
      '{"kind":"personnummer","value":"[protected:identity-number]","birthDate":"[protected:birth-date]"}',
    );
    expect(String(id.value)).toBe('[protected:identity-number]');
    expect(`${id.birthDate}`).toBe('[protected:birth-date]');
    expect(inspect(id, { depth: 5, showHidden: true })).not.toMatch(/\d{4}/);
    expect(Object.isFrozen(id)).toBe(true);
  });

  it.each([
    ['identity.not-a-string', 1234567890],
    ['identity.not-a-string', null],
    ['identity.invalid-format', ''],
    ['identity.invalid-format', '81121-1234'],
    ['identity.invalid-format', '811218--1234'],
    ['identity.invalid-format', '811218 1234'],
    ['identity.invalid-format', '1981121812345'],
    ['identity.interim-number', '811218-T123'],
    ['identity.interim-number', '19811218x123'],
  ])('returns %s for a value of the wrong shape', (code, input) => {
    expect(codeOf(input)).toBe(code);
  });

  it.each([
    ['month 13', ten('811318123')],
    ['29 February in a common year', twelve('19', '810229123')],
    ['day 00', ten('811200123')],
    ['samordningsnummer day 92 (32 + 60)', ten('810192123')],
    ['samordningsnummer 29 + 60 February in a common year', ten('810289123')],
  ])('returns identity.date-does-not-exist for %s', (_, text) => {
    expect(codeOf(text)).toBe('identity.date-does-not-exist');
  });

  it('accepts 29 February in a leap year', () => {
    expect(reveal(parse(twelve('19', '800229123'))._unsafeUnwrap().birthDate)).toBe('1980-02-29');
  });

  it('returns identity.checksum-mismatch when the last digit is wrong', () => {
    const good = ten(nine);
    const bad = `${good.slice(0, -1)}${(Number(good.slice(-1)) + 1) % 10}`;
    expect(codeOf(bad)).toBe('identity.checksum-mismatch');
  });

  it('returns identity.birth-date-after-as-of for a birth after asOf', () => {
    expect(codeOf(ten('261122121'))).toBe('identity.birth-date-after-as-of');
    // A changed century is not covered by the check digit: 1981 → 2081 is in the future.
    expect(codeOf(twelve('20', nine))).toBe('identity.birth-date-after-as-of');
  });

  it.each([
    ['older-than-max-age', twelve('18', nine), asOf],
    ['older-than-max-age', ten('950101121', '+'), asOf],
    ['before-1800', twelve('17', '600101121'), '1850-01-01' as DateOnly],
    ['plus-sign-before-100', twelve('19', nine, '+'), asOf],
    ['plus-sign-before-100', twelve('19', '270101121', '+'), asOf],
    ['birth-number-000', ten('811218000'), asOf],
  ])('returns identity.implausible with reason %s', (reason, text, at) => {
    const error = parse(text, at)._unsafeUnwrapErr();
    expect(error.code).toBe('identity.implausible');
    expect(error.params).toEqual({ reason, maxAge: 130 });
    expect(error.message.en).toMatch(/^The number is not plausible: /);
  });

  it('accepts the oldest plausible age, 130 completed years', () => {
    expect(parse(twelve('18', '951122121')).isOk()).toBe(true);
    expect(codeOf(twelve('18', '951121121'))).toBe('identity.implausible');
  });

  it('puts the path on the error and nothing from the input in it', () => {
    const error = parseIdentityNumber('811318-1234', {
      asOf,
      path: ['applicant', 'id'],
    })._unsafeUnwrapErr();
    expect(error.path).toEqual(['applicant', 'id']);
    expect(error.params).toEqual({});
    expect(JSON.stringify(error)).not.toMatch(/811318|1234/);
  });

  it('throws a programmer error for an asOf that is not a DateOnly', () => {
    expect(() => parse(ten(nine), '2026-02-30' as DateOnly)).toThrow(TypeError);
    expect(() => parse(ten(nine), 'today' as DateOnly)).toThrow(TypeError);
  });
});
