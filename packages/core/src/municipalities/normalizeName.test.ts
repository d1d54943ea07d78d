import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDiacritics } from './foldDiacritics';
import { genitiveOf } from './genitiveOf';
import { normalizeName } from './normalizeName';
import { stripAffixes } from './stripAffixes';

describe('normalizeName', () => {
  it.each([
    ['Falu kommun*', 'falu kommun'],
    ['  Dals-Eds\u00a0Kommun ', 'dals eds kommun'],
    ['Upplands\u2013Bro', 'upplands bro'],
    ['"Malmö stad".', 'malmö stad'],
    ['Borås\u202fStad¹', 'borås stad'],
    ['Ma\u0308rsta', 'märsta'],
    ['***', ''],
  ])('%j becomes %j', (text, key) => {
    expect(normalizeName(text)).toBe(key);
  });
});

describe('foldDiacritics', () => {
  it('folds å, ä, ö, é, ü and ø, and keeps the length', () => {
    expect(foldDiacritics('åäöéüø')).toBe('aaoeuo');
    expect(foldDiacritics('malung sälen')).toBe('malung salen');
  });
});

describe('genitiveOf', () => {
  it('adds an s after a consonant, not after a vowel or s/x/z', () => {
    expect(['Lekeberg', 'Göteborg', 'Tyresö', 'Borås', 'Kalix', 'Dals-Ed'].map(genitiveOf)).toEqual(
      ['Lekebergs', 'Göteborgs', 'Tyresö', 'Borås', 'Kalix', 'Dals-Eds'],
    );
  });
});

describe('stripAffixes', () => {
  const affixes = { prefixes: ['city of '], suffixes: [' kommun', ' stad'] };
  it('removes one prefix and one suffix, never the whole text', () => {
    expect(stripAffixes('göteborgs stad', affixes)).toBe('göteborgs');
    expect(stripAffixes('city of falu kommun', affixes)).toBe('falu');
    expect(stripAffixes(' kommun', affixes)).toBe('kommun');
    expect(stripAffixes('karlstad', affixes)).toBe('karlstad');
  });
});

describe('properties', () => {
  it('normalising is idempotent and keeps diacritic folding length-preserving', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const key = normalizeName(text);
        expect(normalizeName(key)).toBe(key);
        expect(foldDiacritics(key)).toHaveLength(key.length);
      }),
    );
  });
});
