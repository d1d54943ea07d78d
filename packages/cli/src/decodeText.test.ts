import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte order mark, dropping the mark', () => {
    const utf8 = new TextEncoder().encode('Gävle kommun;635000');
    expect(decodeText(utf8)).toEqual({ text: 'Gävle kommun;635000', encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeText(withBom)).toEqual({ text: 'Gävle kommun;635000', encoding: 'utf-8' });
  });
  it('reads bytes that are not UTF-8 as Windows-1252', () => {
    // "Åstorps kommun; Örebro – 5 €" in Windows-1252: Å=C5, Ö=D6, en dash=96, euro=80
    const bytes = new Uint8Array([
      0xc5, 0x73, 0x74, 0x6f, 0x72, 0x70, 0x73, 0x3b, 0xd6, 0x20, 0x96, 0x20, 0x35, 0x80,
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'Åstorps;Ö – 5€', encoding: 'windows-1252' });
  });
  it('reads an empty file as empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});
