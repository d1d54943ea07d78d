import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbMunicipalityCode, arbMunicipalityNameVariant } from '../testing/municipalities';
import type { MunicipalityResolution } from './MunicipalityResolution';
import { municipalities } from './municipalities';
import { municipalityAffixes, municipalityForms } from './municipalityForms';
import { normalizeName } from './normalizeName';
import { resolveMunicipality } from './resolveMunicipality';
import { stripAffixes } from './stripAffixes';

const code = (text: string) => resolveMunicipality(text).municipality?.code;
const summary = (r: MunicipalityResolution) => ({
  status: r.status,
  code: r.municipality?.code,
  reason: r.reason.code,
  candidates: r.candidates.map((c) => [c.municipality.code, c.distance]),
});

describe('resolveMunicipality', () => {
  it.each([
    ['Göteborgs stad', '1480'],
    ['Borås Stad', '1490'],
    ['Falu kommun', '2080'],
    ['Falu kommun*', '2080'],
    ['Lekebergs kommun', '1814'],
    ['Gislaved kommun', '0662'],
    ['Region Gotland', '0980'],
    ['Upplands Bro', '0139'],
    ['upplands-bro kommun', '0139'],
    ['Dals-Eds kommun', '1438'],
    ['Malung Sälens kommun', '2023'],
    ['Municipality of Falun', '2080'],
    ['Umeå municipality', '2480'],
    ['\u00a0 STOCKHOLMS\u00a0STAD ', '0180'],
    ['"Malmö stad".', '1280'],
    ['0980', '0980'],
  ])('%s is exactly %s', (text, expected) => {
    expect(resolveMunicipality(text)).toMatchObject({ status: 'exact', candidates: [] });
    expect(code(text)).toBe(expected);
  });

  it('says whether the text was the name, another form or the code', () => {
    expect(resolveMunicipality('Falun').reason.en).toBe("The municipality's name: Falun.");
    expect(resolveMunicipality('Falu kommun').reason.sv).toBe('Ett skrivsätt för Falun.');
    expect(resolveMunicipality('2080').reason.code).toBe('municipality.code');
  });

  it('treats county-level regions and counties as not municipalities', () => {
    for (const text of ['Region Stockholm', 'Region Skåne', 'Västra Götalandsregionen']) {
      expect(resolveMunicipality(text)).toMatchObject({ status: 'unknown', municipality: null });
      expect(resolveMunicipality(text).reason.code).toBe('municipality.is-region');
    }
    expect(resolveMunicipality('Region Stockholm').reason.en).toContain('Stockholms län');
    expect(resolveMunicipality('Region Atlantis').reason.code).toBe('municipality.region');
    expect(resolveMunicipality('Stockholms län').reason.code).toBe('municipality.is-county');
    expect(resolveMunicipality('Dalarna').status).toBe('unknown');
  });

  it('points a county with a single municipality to it, as probable', () => {
    const resolution = resolveMunicipality('Gotlands län');
    expect(resolution.status).toBe('probable');
    expect(resolution.municipality?.code).toBe('0980');
    expect(resolution.reason.code).toBe('municipality.only-one-in-county');
  });

  it('weighs a change of å/ä/ö as half a letter, and says so', () => {
    const malmo = resolveMunicipality('Malmo stad');
    expect(malmo).toMatchObject({
      status: 'probable',
      reason: { code: 'municipality.diacritics' },
    });
    expect(malmo.candidates[0]).toMatchObject({ distance: 0.5, municipality: { code: '1280' } });
    expect(resolveMunicipality('Vasteras').reason.en).toBe('Differs only in å/ä/ö from Västerås.');
  });

  it('sorts candidates by distance, then by name in Swedish order', () => {
    const names = (text: string) =>
      resolveMunicipality(text).candidates.map((c) => `${c.municipality.name} ${c.distance}`);
    expect(names('Ora')).toEqual(['Mora 1', 'Nora 1', 'Orsa 1']);
    expect(names('Lidkoping')).toEqual(['Lidköping 0.5', 'Linköping 1.5']);
    expect(resolveMunicipality('Ora').municipality?.name).toBe('Mora');
  });

  it('returns unknown for unknown codes, empty text, long text and non-strings', () => {
    expect(resolveMunicipality('0100').reason.code).toBe('municipality.unknown-code');
    expect(resolveMunicipality('  * ').reason.code).toBe('municipality.empty');
    expect(resolveMunicipality('Stockholm'.repeat(20)).reason.code).toBe('municipality.no-match');
    expect(resolveMunicipality(42 as unknown as string)).toMatchObject({
      status: 'unknown',
      input: '',
    });
    expect(resolveMunicipality('Atlantis').status).toBe('unknown');
  });
});

describe('properties', () => {
  const allForms = new Set(municipalities.flatMap((m) => municipalityForms(m)));
  const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäöé');

  it('never throws, for any string or any value, and its answer is well formed', () => {
    const wellFormed = (r: MunicipalityResolution) =>
      r.status === 'probable'
        ? r.municipality === r.candidates[0].municipality &&
          r.candidates.every((c, i, all) => i === 0 || (all[i - 1]?.distance ?? 0) <= c.distance)
        : r.candidates.length === 0 && (r.status === 'exact') === (r.municipality !== null);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) =>
        wellFormed(resolveMunicipality(s)),
      ),
    );
    fc.assert(fc.property(fc.anything(), (v) => wellFormed(resolveMunicipality(v as string))));
  });

  it('every municipality’s name, "<name> kommun" and code resolve exactly to it', () => {
    for (const m of municipalities) {
      for (const text of [m.name, `${m.name} kommun`, m.code]) {
        expect(summary(resolveMunicipality(text))).toMatchObject({ status: 'exact', code: m.code });
      }
    }
    fc.assert(
      fc.property(arbMunicipalityNameVariant(), ({ text, code }) => {
        const r = resolveMunicipality(text);
        return r.status === 'exact' && r.municipality.code === code;
      }),
    );
  });

  it('case and surrounding whitespace do not change the answer', () => {
    const text = fc.oneof(
      arbMunicipalityNameVariant().map((v) => v.text),
      fc.string({ unit: fc.constantFrom(...'abeglmnorstuvåäöé -'), maxLength: 14 }),
    );
    const space = fc.constantFrom('', ' ', '\u00a0', '\t\n', '\u202f');
    fc.assert(
      fc.property(text, space, space, (s, before, after) => {
        const plain = summary(resolveMunicipality(s));
        expect(summary(resolveMunicipality(`${before}${s.toUpperCase()}${after}`))).toEqual(plain);
        expect(summary(resolveMunicipality(s.toLowerCase()))).toEqual(plain);
      }),
    );
  });

  it('a single inserted letter never gives exact (unless it makes an accepted form), and gives probable with the original among the candidates for names of 5+ letters', () => {
    fc.assert(
      fc.property(arbMunicipalityCode(), fc.nat(), letter, (code, at, inserted) => {
        const m = municipalities.find((candidate) => candidate.code === code);
        if (m === undefined) return false;
        const i = at % (m.name.length + 1);
        const text = `${m.name.slice(0, i)}${inserted}${m.name.slice(i)}`;
        const r = resolveMunicipality(text);
        const key = stripAffixes(normalizeName(text), municipalityAffixes);
        if (allForms.has(key)) return r.status === 'exact';
        if (r.status === 'exact') return false;
        return m.name.length < 5 || r.candidates.some((c) => c.municipality.code === m.code);
      }),
      { numRuns: 2000 },
    );
  });
});
