import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counties } from './counties';
import { resolveCounty } from './resolveCounty';

const code = (text: string) => resolveCounty(text).county?.code;

describe('resolveCounty', () => {
  it.each([
    ['Stockholms län', '01'],
    ['Stockholm', '01'],
    ['Region Stockholm', '01'],
    ['Region Skåne', '12'],
    ['Dalarna', '20'],
    ['Region Dalarna', '20'],
    ['Västra Götalandsregionen', '14'],
    ['Region Västra Götaland', '14'],
    ['Region Sörmland', '04'],
    ['Region Jämtland Härjedalen', '23'],
    ['Region Jönköpings län', '06'],
    ['Kalmar län', '08'],
    ['Gotland', '09'],
    ['12', '12'],
  ])('%s is exactly %s', (text, expected) => {
    expect(resolveCounty(text).status).toBe('exact');
    expect(code(text)).toBe(expected);
  });

  it('says whether the text was the name, another form or the code', () => {
    expect(resolveCounty('Dalarnas län').reason.code).toBe('county.name');
    expect(resolveCounty('Region Skåne').reason.en).toBe(
      'A way of writing Skåne län, or its region.',
    );
    expect(resolveCounty('20').reason.code).toBe('county.code');
  });

  it('finds misspelt counties as probable', () => {
    const dalarna = resolveCounty('Dalarnes län');
    expect(dalarna).toMatchObject({ status: 'probable', county: { code: '20' } });
    expect(dalarna.candidates[0]?.reason.sv).toBe('Skiljer sig med en bokstav från Dalarnas län.');
    expect(resolveCounty('Vasterbotten').reason.code).toBe('county.diacritics');
  });

  it('returns unknown for unknown codes and names, and non-strings', () => {
    expect(resolveCounty('02').reason.code).toBe('county.unknown-code');
    expect(resolveCounty('Atlantis').reason.code).toBe('county.no-match');
    expect(resolveCounty('').reason.code).toBe('county.empty');
    expect(resolveCounty(null as unknown as string)).toMatchObject({
      status: 'unknown',
      county: null,
    });
  });
});

describe('properties', () => {
  it('every county’s name, "Region <name>" and code resolve exactly to it', () => {
    for (const county of counties) {
      const base = county.name.replace(/s? län$/, '');
      for (const text of [county.name, `Region ${base}`, county.code, county.name.toUpperCase()]) {
        expect(code(text)).toBe(county.code);
        expect(resolveCounty(text).status).toBe('exact');
      }
    }
  });

  it('never throws, for any string or any value', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        (s) => typeof resolveCounty(s).status === 'string',
      ),
    );
    fc.assert(fc.property(fc.anything(), (v) => resolveCounty(v as string).input !== undefined));
  });
});
