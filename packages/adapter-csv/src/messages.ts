import { defineMessages } from '@stadig/core';

/**
 * The error codes of the CSV adapter with sv and en messages. No message repeats a value
 * from the file: only row numbers, column numbers, formats and counts.
 *
 * @example
 * ```ts
 * csvMessages['csv.column-count'].en({ expected: 3, actual: 4 });
 * //=> 'The row has 4 fields; the header has 3.'
 * ```
 */
export const csvMessages = defineMessages({
  'csv.empty-file': {
    sv: () => 'Filen har ingen rubrikrad.',
    en: () => 'The file has no header row.',
  },
  'csv.malformed-row': {
    sv: () => 'Raden kunde inte läsas (citattecken eller fältlängd).',
    en: () => 'The row could not be read (quotes or field length).',
  },
  'csv.column-count': {
    sv: (p: { expected: number; actual: number }) =>
      `Raden har ${p.actual} fält; rubrikraden har ${p.expected}.`,
    en: (p: { expected: number; actual: number }) =>
      `The row has ${p.actual} fields; the header has ${p.expected}.`,
  },
  'csv.missing-column': {
    sv: (p: { column: string }) => `Kolumnen ${p.column} saknas.`,
    en: (p: { column: string }) => `The column ${p.column} is missing.`,
  },
  'csv.unknown-column': {
    sv: (p: { index: number }) => `Kolumn ${p.index} är okänd och lästes inte.`,
    en: (p: { index: number }) => `Column ${p.index} is unknown and was not read.`,
  },
  'csv.no-known-column': {
    sv: () =>
      'Ingen av filens kolumner är ett fält som Stadig känner till; filen behöver troligen en mappningsprofil för systemets export.',
    en: () =>
      "None of the file's columns is a field Stadig knows; the file probably needs a mapping profile for its system's export.",
  },
  'csv.duplicate-column': {
    sv: (p: { index: number }) => `Kolumn ${p.index} har samma rubrik som en tidigare kolumn.`,
    en: (p: { index: number }) => `Column ${p.index} has the same header as an earlier column.`,
  },
  'csv.invalid-date': {
    sv: (p: { format: string }) => `Datumet följer inte formatet ${p.format}.`,
    en: (p: { format: string }) => `The date does not follow the format ${p.format}.`,
  },
  'csv.invalid-integer': {
    sv: () => 'Värdet är inte ett heltal.',
    en: () => 'The value is not a whole number.',
  },
  'csv.invalid-number': {
    sv: () => 'Värdet är inte ett tal.',
    en: () => 'The value is not a number.',
  },
  'csv.invalid-money': {
    sv: () => 'Beloppet kan inte läsas som kronor.',
    en: () => 'The amount cannot be read as kronor.',
  },
  'csv.invalid-boolean': {
    sv: () => 'Värdet ska vara ja eller nej.',
    en: () => 'The value should be yes or no.',
  },
  'csv.municipality-unknown': {
    sv: () => 'Ingen kommun har exakt det här namnet eller den här koden.',
    en: () => 'No municipality has exactly this name or code.',
  },
  'csv.invalid-row': {
    sv: () => 'Raden uppfyller inte schemat.',
    en: () => 'The row does not satisfy the schema.',
  },
  'csv.strict-file-rejected': {
    sv: () => 'Hela filen avvisades eftersom en rad hade fel (strikt läge).',
    en: () => 'The whole file was rejected because a row had an error (strict mode).',
  },
  'csv.strict-sink-failed': {
    sv: () => 'Lagret vägrade spara filens poster, så ingen av dem sparades (strikt läge).',
    en: () => "The store refused the file's records, so none of them was saved (strict mode).",
  },
  'csv.sink-failed': {
    sv: () => 'Lagret vägrade spara raden, också ensam.',
    en: () => 'The store refused to save the row, also on its own.',
  },
  'csv.profile-invalid': {
    sv: () => 'Mappningsprofilen följer inte schemat.',
    en: () => 'The mapping profile does not follow the schema.',
  },
  'csv.profile-unknown-field': {
    sv: (p: { field: string }) => `Profilen pekar på ett okänt fält: ${p.field}.`,
    en: (p: { field: string }) => `The profile points to an unknown field: ${p.field}.`,
  },
  'csv.profile-wrong-kind': {
    sv: (p: { kind: string }) => `Profilen gäller ${p.kind}, inte den här importen.`,
    en: (p: { kind: string }) => `The profile is for ${p.kind}, not this import.`,
  },
  'csv.legal-ground-required': {
    sv: () => 'Skyddade uppgifter exporteras bara med en angiven rättslig grund.',
    en: () => 'Protected data is exported only with a stated legal ground.',
  },
  'csv.kind-unsupported': {
    sv: (p: { kind: string }) => `Import av ${p.kind} stöds inte ännu.`,
    en: (p: { kind: string }) => `Importing ${p.kind} is not supported yet.`,
  },
  'csv.record-rejected': {
    sv: () => 'En annan rad i samma post avvisades, så hela posten avvisades.',
    en: () => 'Another row of the same record was rejected, so the whole record was.',
  },
  'csv.duplicate-id': {
    sv: (p: { row: number }) =>
      `Posten har samma id som raden ${p.row} i filen; bara den första importeras.`,
    en: (p: { row: number }) =>
      `The record has the same id as row ${p.row} of the file; only the first is imported.`,
  },
  'csv.unreadable-source': {
    sv: () => 'Filen kunde inte läsas till slut.',
    en: () => 'The file could not be read to the end.',
  },
});

/**
 * A CSV adapter error code.
 *
 * @example
 * ```ts
 * const code: CsvErrorCode = 'csv.invalid-date';
 * ```
 */
export type CsvErrorCode = keyof typeof csvMessages;
