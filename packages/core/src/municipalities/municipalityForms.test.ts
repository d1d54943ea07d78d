import { describe, expect, it } from 'vitest';
import { counties } from './counties';
import { countyForms } from './countyForms';
import { municipalities } from './municipalities';
import { municipalityForms } from './municipalityForms';

const owners = (lists: readonly (readonly string[])[]) => {
  const all = lists.flat();
  return { all: all.length, distinct: new Set(all).size };
};

describe('municipalityForms', () => {
  it('gives the short name, the regular genitive and the extra forms', () => {
    expect(municipalityForms({ code: '2080', name: 'Falun' })).toEqual(['falun', 'faluns', 'falu']);
    expect(municipalityForms({ code: '0980', name: 'Gotland' })).toEqual([
      'gotland',
      'gotlands',
      'region gotland',
    ]);
    expect(municipalityForms({ code: '1438', name: 'Dals-Ed' })).toEqual(['dals ed', 'dals eds']);
    expect(municipalityForms({ code: '0138', name: 'Tyresö' })).toEqual(['tyresö']);
  });

  it('no two municipalities share a form', () => {
    const { all, distinct } = owners(municipalities.map(municipalityForms));
    expect(distinct).toBe(all);
  });
});

describe('countyForms', () => {
  it('gives the name without "län", without the genitive s, and the region names', () => {
    expect(countyForms({ code: '01', name: 'Stockholms län' })).toEqual([
      'stockholms',
      'stockholm',
    ]);
    expect(countyForms({ code: '12', name: 'Skåne län' })).toEqual(['skåne']);
    expect(countyForms({ code: '04', name: 'Södermanlands län' })).toContain('sörmland');
  });

  it('no two counties share a form', () => {
    const { all, distinct } = owners(counties.map(countyForms));
    expect(distinct).toBe(all);
  });
});
