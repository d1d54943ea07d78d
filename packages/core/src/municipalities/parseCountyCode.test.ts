import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWithSchema } from '../schema/parseWithSchema';
import { arbCountyCode } from '../testing/municipalities';
import { countyCodeSchema } from './CountyCode';
import { municipalitiesMessages } from './messages';
import { parseCountyCode } from './parseCountyCode';

const errorCode = (input: unknown) => parseCountyCode(input)._unsafeUnwrapErr().code;

describe('parseCountyCode', () => {
  it('accepts an existing two-digit code', () => {
    expect(parseCountyCode('01')._unsafeUnwrap()).toBe('01');
    expect(parseCountyCode('25 ')._unsafeUnwrap()).toBe('25');
  });

  it('refuses numbers, other formats and the gaps in the numbering', () => {
    expect(errorCode(1)).toBe('county.not-a-string');
    expect(errorCode('1')).toBe('county.invalid-code-format');
    expect(errorCode('02')).toBe('county.unknown-code');
    expect(errorCode('11')).toBe('county.unknown-code');
    expect(parseCountyCode('26', ['lan'])._unsafeUnwrapErr().message.en).toBe(
      'No county has this code.',
    );
  });

  it('agrees with countyCodeSchema', () => {
    const parsed = parseWithSchema(countyCodeSchema, '02', { catalogue: municipalitiesMessages });
    expect(parsed._unsafeUnwrapErr()[0].code).toBe('county.unknown-code');
  });
});

describe('properties', () => {
  it('exactly the 21 county codes parse, each to itself', () => {
    fc.assert(
      fc.property(arbCountyCode(), (code) => parseCountyCode(code)._unsafeUnwrap() === code),
    );
    const all = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
    expect(all.filter((code) => parseCountyCode(code).isOk())).toHaveLength(21);
  });
});
