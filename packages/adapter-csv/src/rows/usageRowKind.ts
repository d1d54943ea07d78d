import { parseUsageReport, type UsageReport } from '@stadig/grants';
import { usageAliases, usageFields } from './grantFields';
import type { RowKind } from './RowKind';

/**
 * Usage reports, one row per activity category in {@link usageFields}, adjacent rows
 * with the same municipality and year forming one report; validated with
 * `parseUsageReport` of `@stadig/grants` (the sums checked). The external id is
 * `<municipality code>:<year>`.
 *
 * @example
 * ```ts
 * usageRowKind.locate(['used', 2, 'salary']);
 * //=> { row: 2, field: 'salary' }
 * ```
 */
export const usageRowKind: RowKind<UsageReport> = {
  kind: 'usage',
  fields: usageFields,
  aliases: usageAliases,
  groupBy: ['municipality', 'year'],
  listSeparator: /[\s,|]+/,
  build: (rows) => {
    const first = (field: string) => rows.map((r) => r.get(field)).find((v) => v !== undefined);
    const defined = <T>(key: string, value: T | undefined) =>
      value === undefined ? {} : { [key]: value };
    const clawback = first('clawbackAmount');
    const decided = first('clawbackDecided');
    return {
      ...defined('municipality', first('municipality')),
      ...defined('year', first('year')),
      ...defined('granted', first('granted')),
      used: rows.map((r) => ({
        ...defined('category', r.get('category')),
        salary: r.get('salary') ?? '0',
        other: r.get('other') ?? '0',
      })),
      ...defined('unusedReasons', first('unusedReasons')),
      ...(clawback === undefined
        ? {}
        : { clawbacks: [{ amount: clawback, ...defined('decided', decided) }] }),
      ...defined('repaid', first('repaid')),
    };
  },
  validate: (input) => parseUsageReport(input),
  locate: ([top, i, key]) => {
    if (top === 'used' && typeof i === 'number')
      return { row: i, field: String(key ?? 'category') };
    if (top === 'clawbacks')
      return { row: 0, field: key === 'decided' ? 'clawbackDecided' : 'clawbackAmount' };
    return { row: 0, field: String(top ?? 'municipality') };
  },
  externalId: (r) => `${r.municipalityCode}:${r.year}`,
  idFields: ['municipality', 'year'],
};
