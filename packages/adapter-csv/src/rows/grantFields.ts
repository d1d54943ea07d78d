import type { FieldTable } from './FieldType';

/**
 * The flat columns of a grant application, one row per activity: the application's
 * own fields (`id`, `year`, `municipality`, `requested`) on its first row at least, the
 * activity's on every row. The rows of one application follow each other. Amounts are
 * kronor in any Swedish form (`21 500`, `21 500,00 kr`).
 *
 * @example
 * ```ts
 * applicationFields.from;
 * //=> 'date'
 * ```
 */
export const applicationFields = {
  id: 'text',
  year: 'integer',
  municipality: 'text',
  requested: 'text',
  category: 'text',
  salaryCosts: 'text',
  otherCosts: 'text',
  from: 'date',
  to: 'date',
  ineligiblePurposes: 'list',
} as const satisfies FieldTable;

/**
 * The Swedish and English header names of `@stadig/grants`' application files
 * (`ansokan;ar;kommun;…`), accepted for {@link applicationFields} without a profile.
 *
 * @example
 * ```ts
 * applicationAliases.begart_belopp_kr;
 * //=> 'requested'
 * ```
 */
export const applicationAliases = {
  ansokan: 'id',
  application: 'id',
  ar: 'year',
  kommun: 'municipality',
  begart_belopp_kr: 'requested',
  requested_kr: 'requested',
  kategori: 'category',
  lonekostnader_kr: 'salaryCosts',
  salary_costs_kr: 'salaryCosts',
  ovriga_kostnader_kr: 'otherCosts',
  other_costs_kr: 'otherCosts',
  fran: 'from',
  till: 'to',
  ej_forenligt_syfte: 'ineligiblePurposes',
  ineligible_purposes: 'ineligiblePurposes',
} as const satisfies Record<string, keyof typeof applicationFields>;

/**
 * The flat columns of a usage report (återrapportering), one row per activity
 * category: the report's fields (`municipality`, `year`, `granted`, `unusedReasons`,
 * `repaid`, one clawback) on its first row at least, the category's on every row. The
 * rows of one report (one municipality and year) follow each other.
 *
 * @example
 * ```ts
 * usageFields.clawbackDecided;
 * //=> 'date'
 * ```
 */
export const usageFields = {
  municipality: 'text',
  year: 'integer',
  granted: 'text',
  category: 'text',
  salary: 'text',
  other: 'text',
  unusedReasons: 'list',
  repaid: 'text',
  clawbackAmount: 'text',
  clawbackDecided: 'date',
} as const satisfies FieldTable;

/**
 * Swedish header names accepted for {@link usageFields} without a profile.
 *
 * @example
 * ```ts
 * usageAliases.beviljat_kr;
 * //=> 'granted'
 * ```
 */
export const usageAliases = {
  kommun: 'municipality',
  ar: 'year',
  beviljat_kr: 'granted',
  kategori: 'category',
  lonekostnader_kr: 'salary',
  ovriga_kostnader_kr: 'other',
  ej_forbrukat_skal: 'unusedReasons',
  aterbetalt_kr: 'repaid',
  aterkrav_kr: 'clawbackAmount',
  aterkrav_beslutat: 'clawbackDecided',
} as const satisfies Record<string, keyof typeof usageFields>;
