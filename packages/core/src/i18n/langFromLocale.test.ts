import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { langFromLocale } from './langFromLocale';
import { localize } from './localize';

describe('langFromLocale', () => {
  it.each([
    ['sv', 'sv'],
    ['sv_SE.UTF-8', 'sv'],
    ['SV-fi', 'sv'],
    ['sv_SE@euro', 'sv'],
    ['en_GB.UTF-8', 'en'],
    ['C.UTF-8', 'en'],
    ['svenska', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ] as const)('reads %j as %s', (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });
});

describe('localize', () => {
  it('picks the text in the chosen language', () => {
    expect(localize({ sv: 'Kommun', en: 'Municipality' }, 'sv')).toBe('Kommun');
  });
});

describe('properties', () => {
  it('any string gives a language, never an exception', () => {
    fc.assert(fc.property(fc.string(), (s) => ['sv', 'en'].includes(langFromLocale(s))));
  });
});
