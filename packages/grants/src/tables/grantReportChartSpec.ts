import type { Lang } from '@stadig/core';
import type { GrantTableReport } from './grantTableReport';

/**
 * One recipient in the chart's inline data: amounts in kronor.
 *
 * @example
 * ```ts
 * const datum: GrantChartDatum = { recipient: 'Falu kommun*', granted: 700000, unused: 184363 };
 * ```
 */
export interface GrantChartDatum {
  readonly recipient: string;
  readonly granted: number;
  readonly unused: number;
}

/**
 * A Vega-Lite (v6) specification with its data inline, ready for `vega-lite`'s
 * `compile` (or any Vega-Lite renderer).
 *
 * @example
 * ```ts
 * const spec: GrantChartSpec = grantReportChartSpec(report);
 * spec.data.values.length;
 * //=> 54
 * ```
 */
export interface GrantChartSpec {
  readonly $schema: string;
  readonly title: string;
  readonly data: { readonly values: readonly GrantChartDatum[] };
  readonly [key: string]: unknown;
}

const text = {
  title: {
    sv: 'Beviljade och oanvända medel per mottagare',
    en: 'Granted and unused funds per recipient',
  },
  recipient: { sv: 'Mottagare', en: 'Recipient' },
  amount: { sv: 'Kronor', en: 'Kronor (SEK)' },
  granted: { sv: 'Beviljat', en: 'Granted' },
  unused: { sv: 'Oanvänt', en: 'Unused' },
} as const;

/** Swedish number format for the axis: 1 234 567 (no-break spaces), decimal comma. */
const swedishNumbers = {
  decimal: ',',
  thousands: '\u00a0',
  grouping: [3],
  currency: ['', '\u00a0kr'],
};

/**
 * The report as a horizontal bar chart, in Vega-Lite: one bar per recipient (in the
 * table's order) whose length is the granted amount, with the unused part drawn over
 * it in a second colour. Pure: it only builds the specification (data inline); render
 * it with Vega-Lite and Vega (the `stadig` command draws it as SVG in Node).
 *
 * @param report - the report (`grantTableReport`)
 * @param lang - the language of titles and the legend
 * @returns the Vega-Lite specification
 *
 * @example
 * ```ts
 * grantReportChartSpec(report, 'en').title;
 * //=> 'Granted and unused funds per recipient'
 * ```
 */
export function grantReportChartSpec(report: GrantTableReport, lang: Lang = 'sv'): GrantChartSpec {
  const l = lang === 'en' ? 'en' : 'sv';
  const values = report.rows.map((r) => ({
    recipient: r.recipient,
    granted: r.granted / 100,
    unused: r.unused / 100,
  }));
  const legend = {
    domain: [text.granted[l], text.unused[l]],
    range: ['#4c78a8', '#e45756'],
  };
  const bar = (field: 'granted' | 'unused') => ({
    name: field,
    mark: { type: 'bar' },
    encoding: {
      x: { field, type: 'quantitative', title: text.amount[l], axis: { format: ',d' } },
      color: { datum: text[field][l], type: 'nominal', scale: legend, title: null },
    },
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: text.title[l],
    width: 480,
    data: { values },
    encoding: { y: { field: 'recipient', type: 'nominal', sort: null, title: text.recipient[l] } },
    layer: [bar('granted'), bar('unused')],
    ...(l === 'sv' ? { config: { locale: { number: swedishNumbers } } } : {}),
  };
}
