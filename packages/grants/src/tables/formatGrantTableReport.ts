import { formatMoney, type Lang, type Money } from '@stadig/core';
import type { GrantTableReport, GrantTableReportRow } from './grantTableReport';

/**
 * The text formats of {@link formatGrantTableReport}.
 *
 * @example
 * ```ts
 * const format: GrantTableFormat = 'md';
 * ```
 */
export type GrantTableFormat = 'table' | 'md' | 'csv';

const words = {
  recipient: { sv: 'Mottagare', en: 'Recipient' },
  code: { sv: 'Kod', en: 'Code' },
  granted: { sv: 'Beviljat (kr)', en: 'Granted (SEK)' },
  unused: { sv: 'Oanvänt (kr)', en: 'Unused (SEK)' },
  percent: { sv: 'Oanvänt %', en: 'Unused %' },
  published: { sv: 'Publicerat %', en: 'Published %' },
  total: { sv: 'Summa', en: 'Total' },
} as const;
const csvHeader =
  'mottagare;kommunkod;beviljade_medel_kr;oanvanda_medel_kr;andel_oforbrukade_procent;publicerad_andel_procent;stammer_med_publicerad';

/**
 * Writes a report as text: an aligned `table` for a terminal, Markdown (`md`), or
 * semicolon-separated `csv` (header `mottagare;kommunkod;beviljade_medel_kr;
 * oanvanda_medel_kr;andel_oforbrukade_procent;publicerad_andel_procent;
 * stammer_med_publicerad`, amounts as plain whole kronor, the computed share, the
 * published one, `ja`/`nej`, and a closing `Summa` row). In `table` and `md` a
 * probable municipality code is marked `?` and a share that differs from the published
 * one `≠`, with the counts after the table.
 *
 * @param report - the report
 * @param format - `table`, `md` or `csv`
 * @param lang - the language of headings (`csv` keeps its header)
 * @returns the text, ending with a line break
 *
 * @example
 * ```ts
 * formatGrantTableReport(report, 'csv', 'sv').split('\n')[1];
 * //=> 'Bollnäs kommun;2183;94500;0;0;0;ja'
 * ```
 */
export function formatGrantTableReport(
  report: GrantTableReport,
  format: GrantTableFormat,
  lang: Lang,
): string {
  const l: Lang = lang === 'en' ? 'en' : 'sv';
  const kr = (m: Money) => formatMoney(m, { decimals: 0, unit: 'none' });
  const pct = (p: number | null) => (p === null ? '' : String(p));
  if (format === 'csv') {
    const quote = (s: string) => (/[;"\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
    const yesNo = (b: boolean | null) => (b === null ? '' : b ? 'ja' : 'nej');
    const lines = report.rows.map((r) =>
      [
        quote(r.recipient),
        r.municipalityCode ?? '',
        r.granted / 100,
        r.unused / 100,
        pct(r.unusedPercent),
        pct(r.publishedPercent),
        yesNo(r.matchesPublished),
      ].join(';'),
    );
    const total = [
      'Summa',
      '',
      report.granted / 100,
      report.unused / 100,
      pct(report.unusedPercent),
      '',
      '',
    ].join(';');
    return `${[csvHeader, ...lines, total].join('\n')}\n`;
  }
  const cells = (r: GrantTableReportRow) => [
    r.recipient,
    `${r.municipalityCode ?? '–'}${r.municipalityMatch === 'probable' ? '?' : ''}`,
    kr(r.granted),
    kr(r.unused),
    `${pct(r.unusedPercent)}${r.matchesPublished === false ? ' ≠' : ''}`,
    pct(r.publishedPercent),
  ];
  const head = [
    words.recipient,
    words.code,
    words.granted,
    words.unused,
    words.percent,
    words.published,
  ].map((w) => w[l]);
  const total = [
    words.total[l],
    '',
    kr(report.granted),
    kr(report.unused),
    pct(report.unusedPercent),
    '',
  ];
  const body = [head, ...report.rows.map(cells), total];
  const counts =
    l === 'sv'
      ? `Mottagare: ${report.recipients}. Använde inget: ${report.usedNothing}. Lämnade en del oanvänt: ${report.partlyUnused}. Använde allt: ${report.fullyUsed}. Avviker från publicerad andel: ${report.mismatches}.`
      : `Recipients: ${report.recipients}. Used nothing: ${report.usedNothing}. Left part unused: ${report.partlyUnused}. Used everything: ${report.fullyUsed}. Differ from the published share: ${report.mismatches}.`;
  if (format === 'md') {
    const line = (c: readonly string[]) => `| ${c.join(' | ')} |`;
    const rule = `|${head.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`;
    const bold = total.map((c) => (c === '' ? c : `**${c}**`));
    return `${[line(head), rule, ...report.rows.map((r) => line(cells(r))), line(bold), '', counts].join('\n')}\n`;
  }
  const widths = head.map((_, i) => Math.max(...body.map((row) => (row[i] ?? '').length)));
  const align = (row: readonly string[]) =>
    row
      .map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return `${[...body.map(align), '', counts].join('\n')}\n`;
}
