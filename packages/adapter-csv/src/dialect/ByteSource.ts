/**
 * Where a file's bytes come from: the whole file, or chunks as they arrive (a web
 * `ReadableStream<Uint8Array>`, a Node `fs.createReadStream`, any async iterable).
 *
 * @example
 * ```ts
 * const source: ByteSource = new TextEncoder().encode('id;kommun\n');
 * ```
 */
export type ByteSource = Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
