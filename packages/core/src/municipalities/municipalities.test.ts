import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbCountyCode, arbMunicipalityCode } from '../testing/municipalities';
import { counties } from './counties';
import { countyOf } from './countyOf';
import { getCounty } from './getCounty';
import { getMunicipality } from './getMunicipality';
import type { MunicipalityCode } from './MunicipalityCode';
import { municipalities } from './municipalities';
import { municipalitiesInCounty } from './municipalitiesInCounty';
import { parseCountyCode } from './parseCountyCode';
import { parseMunicipalityCode } from './parseMunicipalityCode';

const mcode = (text: string): MunicipalityCode => parseMunicipalityCode(text)._unsafeUnwrap();

describe('municipalities and counties', () => {
  it('lists 290 municipalities and 21 counties, sorted by code, frozen', () => {
    expect(municipalities).toHaveLength(290);
    expect(counties).toHaveLength(21);
    expect(municipalities.map((m) => m.code)).toEqual(municipalities.map((m) => m.code).sort());
    expect(counties.map((c) => c.code)).toEqual(counties.map((c) => c.code).sort());
    expect(municipalities[0]).toEqual({ code: '0114', name: 'Upplands Väsby', countyCode: '01' });
    expect(counties.at(-1)).toEqual({ code: '25', name: 'Norrbottens län' });
    expect(Object.isFrozen(municipalities) && Object.isFrozen(municipalities[0])).toBe(true);
  });

  it('looks up municipalities and counties by code', () => {
    expect(getMunicipality(mcode('2080'))).toEqual({
      code: '2080',
      name: 'Falun',
      countyCode: '20',
    });
    expect(getMunicipality(mcode('1480')).name).toBe('Göteborg');
    expect(countyOf(mcode('0980'))).toEqual({ code: '09', name: 'Gotlands län' });
    expect(getCounty(parseCountyCode('14')._unsafeUnwrap()).name).toBe('Västra Götalands län');
  });

  it('lists the municipalities of a county', () => {
    const stockholm = municipalitiesInCounty(parseCountyCode('01')._unsafeUnwrap());
    expect(stockholm).toHaveLength(26);
    expect(
      municipalitiesInCounty(parseCountyCode('09')._unsafeUnwrap()).map((m) => m.name),
    ).toEqual(['Gotland']);
  });
});

describe('properties', () => {
  it('a municipality code starts with its county code, and the county lists it', () => {
    fc.assert(
      fc.property(arbMunicipalityCode(), (code) => {
        const county = countyOf(code);
        expect(code.startsWith(county.code)).toBe(true);
        expect(municipalitiesInCounty(county.code)).toContain(getMunicipality(code));
      }),
    );
  });

  it('the counties partition the municipalities', () => {
    fc.assert(
      fc.property(arbCountyCode(), (code) =>
        municipalitiesInCounty(code).every((m) => m.countyCode === code),
      ),
    );
    const total = counties.reduce((sum, c) => sum + municipalitiesInCounty(c.code).length, 0);
    expect(total).toBe(290);
  });
});
