/**
 * Text decoded from a file's bytes, and the encoding it was read as.
 *
 * @example
 * ```ts
 * const decoded: DecodedText = { text: 'Borås Stad', encoding: 'windows-1252' };
 * ```
 */
export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'windows-1252';
}

/**
 * Windows-1252's characters for the bytes 0x80–0x9F (WHATWG Encoding); the five
 * unassigned bytes stay the C1 controls. Some Node versions (20 among them) decode
 * `windows-1252` as Latin-1 and give C1 controls for all 32, so they are mapped here.
 */
const C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decodes the bytes of a text file the way municipalities' files come: UTF-8, with
 * or without a byte order mark (dropped), or else Windows-1252 (what Excel writes
 * as "CSV" on a Swedish Windows). Bytes that are valid UTF-8 are read as UTF-8;
 * anything else as Windows-1252, which maps every byte to a character (€, –, ’ and
 * the other characters of 0x80–0x9F included, on every Node version). Never throws.
 *
 * @param bytes - the file's bytes
 * @returns the text and the encoding used
 *
 * @example
 * ```ts
 * decodeText(new Uint8Array([0x42, 0x6f, 0x72, 0xe5, 0x73])); // "Borås" in Windows-1252
 * //=> { text: 'Borås', encoding: 'windows-1252' }
 * ```
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const latin = new TextDecoder('windows-1252').decode(bytes);
    const text = latin.replace(/[\u0080-\u009f]/g, (c) => C1[c.charCodeAt(0) - 0x80] ?? c);
    return { text, encoding: 'windows-1252' };
  }
}
