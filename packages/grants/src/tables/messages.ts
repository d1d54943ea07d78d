import { defineMessages } from '@stadig/core';

type Column = { column: string };

/**
 * The error codes of reading grant tables, with sv and en messages.
 *
 * @example
 * ```ts
 * tableMessages['grants.table.missing-column'].en({ column: 'beviljade_medel_kr' });
 * //=> 'The header has no column beviljade_medel_kr.'
 * ```
 */
export const tableMessages = /* @__PURE__ */ defineMessages({
  'grants.table.empty': { sv: () => 'Tabellen är tom.', en: () => 'The table is empty.' },
  'grants.table.missing-column': {
    sv: ({ column }: Column) => `Rubrikraden saknar kolumnen ${column}.`,
    en: ({ column }: Column) => `The header has no column ${column}.`,
  },
  'grants.table.missing-value': {
    sv: () => 'Värdet saknas.',
    en: () => 'The value is missing.',
  },
  'grants.table.too-many-fields': {
    sv: ({ count }: { count: number }) => `Raden har ${count} fält, fler än rubrikraden.`,
    en: ({ count }: { count: number }) => `The row has ${count} fields, more than the header.`,
  },
  'grants.table.not-whole-kronor': {
    sv: () => 'Beloppet ska vara hela kronor och inte negativt.',
    en: () => 'The amount must be whole kronor and not negative.',
  },
  'grants.table.invalid-percent': {
    sv: () => 'Andelen ska vara ett helt antal procent från 0 till 100.',
    en: () => 'The share must be a whole percentage from 0 to 100.',
  },
  'grants.table.unused-exceeds-granted': {
    sv: () => 'De oanvända medlen är fler än de beviljade.',
    en: () => 'The unused amount is larger than the granted amount.',
  },
  'grants.table.total-too-large': {
    sv: () => 'Summorna blir för stora för att räknas exakt.',
    en: () => 'The totals are too large to be computed exactly.',
  },
});
