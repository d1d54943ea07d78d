export type { ByteSource } from './ByteSource';
export {
  type DecimalMark,
  type Dialect,
  type DialectName,
  namedDialects,
  type Separator,
  type TextEncodingName,
} from './Dialect';
export { decodeChunks } from './decodeChunks';
export { detectDecimalMark } from './detectDecimalMark';
export { detectDialect } from './detectDialect';
export { detectEncoding } from './detectEncoding';
export { detectSeparator } from './detectSeparator';
export { type CsvChunk, type CsvRow, MAX_RECORD_CHARS, readCsvRows } from './readCsvRows';
