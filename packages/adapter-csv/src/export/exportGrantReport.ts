import type { Lang } from '@stadig/core';
import type { GrantTableReport } from '@stadig/grants';
import { type Dialect, namedDialects } from '../dialect/Dialect';
import { formatCell } from './formatCell';
import { formatCsv } from './formatCsv';

const HEADER = {
  sv: [
    'rad',
    'mottagare',
    'kommunkod',
    'matchning',
    'beviljat_kr',
    'ej_forbrukat_kr',
    'ej_forbrukat_procent',
    'publicerad_procent',
    'stammer_med_publicerad',
  ],
  en: [
    'row',
    'recipient',
    'municipality_code',
    'match',
    'granted_kr',
    'unused_kr',
    'unused_percent',
    'published_percent',
    'matches_published',
  ],
} as const satisfies Record<Lang, readonly string[]>;

/**
 * Writes a grant table report (`grantTableReport` of `@stadig/grants`: Bilaga 1,
 * table 2 recomputed from its rows) as CSV, one row per recipient followed by a totals
 * row: granted and unused in kronor with öre, the unused share computed and as
 * published, and whether they agree.
 *
 * @param report - the report
 * @param options - dialect (default the Swedish Excel dialect) and header language (default `sv`)
 * @returns the CSV text
 *
 * @example
 * ```ts
 * exportGrantReport(report, { dialect: namedDialects.rfc4180, lang: 'en' }).split('\r\n')[0];
 * //=> 'row,recipient,municipality_code,match,granted_kr,unused_kr,unused_percent,published_percent,matches_published'
 * ```
 */
export function exportGrantReport(
  report: GrantTableReport,
  options: { readonly dialect?: Dialect; readonly lang?: Lang } = {},
): string {
  const dialect = options.dialect ?? namedDialects['excel-sv'];
  const lang = options.lang ?? 'sv';
  const money = (m: number) => formatCell('money', m, dialect);
  const rows = report.rows.map((r) => [
    String(r.row),
    formatCell('text', r.recipient, dialect),
    r.municipalityCode ?? '',
    r.municipalityMatch,
    money(r.granted),
    money(r.unused),
    formatCell('integer', r.unusedPercent, dialect),
    formatCell('integer', r.publishedPercent, dialect),
    formatCell('boolean', r.matchesPublished, dialect),
  ]);
  const total = [
    '',
    lang === 'sv' ? 'Totalt' : 'Total',
    '',
    '',
    money(report.granted),
    money(report.unused),
    formatCell('integer', report.unusedPercent, dialect),
    formatCell('integer', report.publishedTotals?.publishedPercent ?? null, dialect),
    '',
  ];
  return formatCsv([HEADER[lang], ...rows, total], dialect);
}
