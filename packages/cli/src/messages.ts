import type { LocalizedText } from '@stadig/core';

/**
 * Every text the `stadig` command prints, in Swedish and English.
 *
 * @example
 * ```ts
 * cliText.usageHint.en;
 * //=> 'Run `stadig --help` for usage.'
 * ```
 */
export const cliText = {
  usageHint: {
    sv: 'Kör `stadig --help` för att se hur kommandot används.',
    en: 'Run `stadig --help` for usage.',
  },
  unknownVerb: { sv: 'Okänt kommando', en: 'Unknown command' },
  badOption: { sv: 'Ogiltig flagga eller argument', en: 'Invalid flag or argument' },
  badLang: {
    sv: '--lang måste vara sv eller en',
    en: '--lang must be sv or en',
  },
  unreadable: { sv: 'Filen kan inte läsas', en: 'The file cannot be read' },
  notUtf8: { sv: 'Indata är inte giltig UTF-8.', en: 'The input is not valid UTF-8.' },
  notJson: { sv: 'Indata är inte giltig JSON.', en: 'The input is not valid JSON.' },
  missingFile: {
    sv: 'Ange en fil, eller - för standard in',
    en: 'Give one file, or - for standard input',
  },
  badAsOf: {
    sv: '--as-of måste vara ett datum ÅÅÅÅ-MM-DD',
    en: '--as-of must be a date YYYY-MM-DD',
  },
  missingNames: {
    sv: 'Ange minst ett kommunnamn, till exempel: stadig municipality resolve "Falu kommun"',
    en: 'Give at least one municipality name, for example: stadig municipality resolve "Falu kommun"',
  },
  exact: { sv: 'exakt', en: 'exact' },
  probable: { sv: 'trolig', en: 'probable' },
  unknown: { sv: 'okänd', en: 'unknown' },
  summary: {
    sv: 'exakta, troliga, okända',
    en: 'exact, probable, unknown',
  },
  unresolved: {
    sv: 'Kunde inte tolkas som en kommun',
    en: 'Could not be resolved to a municipality',
  },
  notExact: {
    sv: 'Bara en trolig träff (--strict)',
    en: 'Only a probable match (--strict)',
  },
} as const satisfies Record<string, LocalizedText>;
