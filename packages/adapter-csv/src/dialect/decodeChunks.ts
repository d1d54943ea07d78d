import iconv from 'iconv-lite';
import type { TextEncodingName } from './Dialect';

/**
 * Decodes chunks of bytes to text in the given encoding, chunk by chunk: a UTF-8
 * character split between chunks is kept whole, a byte order mark is dropped, and an
 * invalid UTF-8 sequence becomes U+FFFD instead of an error. Windows-1252 is decoded
 * with iconv-lite.
 *
 * @param chunks - the bytes, in order
 * @param encoding - the encoding (from {@link detectEncoding} or an override)
 * @returns the text, in pieces
 *
 * @example
 * ```ts
 * const parts: string[] = [];
 * for await (const s of decodeChunks([new Uint8Array([0x47, 0xe4])], 'windows-1252')) parts.push(s);
 * parts.join('');
 * //=> 'Gä'
 * ```
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  encoding: TextEncodingName,
): AsyncGenerator<string> {
  if (encoding === 'windows-1252') {
    for await (const chunk of chunks) {
      if (chunk.length > 0) yield iconv.decode(chunk, 'win1252');
    }
    return;
  }
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}
