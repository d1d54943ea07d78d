import type { TextEncodingName } from './Dialect';

/**
 * Detects the encoding of the start of a file: a UTF-8 byte order mark means
 * `utf-8-bom`; bytes that are valid UTF-8 mean `utf-8`; anything else is read as
 * `windows-1252`, in which every byte is a character. When the sample is only the start
 * of the file (`complete: false`), a character cut off at its end does not count as
 * invalid.
 *
 * @param sample - the first bytes of the file
 * @param complete - whether the sample is the whole file
 * @returns the encoding
 *
 * @example
 * ```ts
 * detectEncoding(new Uint8Array([0x47, 0xe4, 0x6c, 0x6c, 0x65]), true);
 * //=> 'windows-1252'
 * ```
 */
export function detectEncoding(sample: Uint8Array, complete: boolean): TextEncodingName {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8-bom';
  return isUtf8(sample, complete) ? 'utf-8' : 'windows-1252';
}

function isUtf8(bytes: Uint8Array, complete: boolean): boolean {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const extra =
      b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0) return false;
    if (i + extra >= n) return !complete;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k] ?? 0;
      if ((c & 0xc0) !== 0x80) return false;
    }
    const c1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f)) return false;
    if ((b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return false;
    i += extra + 1;
  }
  return true;
}
