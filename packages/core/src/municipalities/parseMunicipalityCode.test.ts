import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWithSchema } from '../schema/parseWithSchema';
import { arbMunicipalityCode } from '../testing/municipalities';
import { municipalityCodeSchema } from './MunicipalityCode';
import { municipalitiesMessages } from './messages';
import { parseMunicipalityCode } from './parseMunicipalityCode';

const errorCode = (input: unknown) => parseMunicipalityCode(input)._unsafeUnwrapErr().code;

describe('parseMunicipalityCode', () => {
  it('accepts an existing four-digit code, spaces around ignored', () => {
    expect(parseMunicipalityCode('0180')._unsafeUnwrap()).toBe('0180');
    expect(parseMunicipalityCode(' 2080 ')._unsafeUnwrap()).toBe('2080');
  });

  it('says what is wrong, with the path and without repeating the input', () => {
    expect(errorCode(180)).toBe('municipality.not-a-string');
    expect(errorCode('180')).toBe('municipality.invalid-code-format');
    expect(errorCode('Falun')).toBe('municipality.invalid-code-format');
    expect(errorCode('0100')).toBe('municipality.unknown-code');
    const error = parseMunicipalityCode('9999', ['rows', 2, 'kommun'])._unsafeUnwrapErr();
    expect(error.path).toEqual(['rows', 2, 'kommun']);
    expect(error.message.sv).toBe('Ingen kommun har den koden.');
    expect(JSON.stringify(error)).not.toContain('9999');
  });

  it('agrees with municipalityCodeSchema, whose refinements carry the same codes', () => {
    expect(municipalityCodeSchema.safeParse('0180').success).toBe(true);
    const parsed = parseWithSchema(municipalityCodeSchema, '0100', {
      catalogue: municipalitiesMessages,
    });
    expect(parsed._unsafeUnwrapErr()[0].code).toBe('municipality.unknown-code');
    const format = parseWithSchema(municipalityCodeSchema, '18', {
      catalogue: municipalitiesMessages,
    });
    expect(format._unsafeUnwrapErr()[0].code).toBe('municipality.invalid-code-format');
  });
});

describe('properties', () => {
  it('every existing code parses to itself, and the schema agrees on any input', () => {
    fc.assert(
      fc.property(
        arbMunicipalityCode(),
        (code) => parseMunicipalityCode(code)._unsafeUnwrap() === code,
      ),
    );
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\d{4}$/), fc.anything()), (input) => {
        const schemaOk = municipalityCodeSchema.safeParse(input).success;
        expect(parseMunicipalityCode(input).isOk()).toBe(schemaOk);
      }),
    );
  });
});
