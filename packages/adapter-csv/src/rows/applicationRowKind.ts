import { type GrantApplication, parseGrantApplication } from '@stadig/grants';
import { applicationAliases, applicationFields } from './grantFields';
import type { RowKind } from './RowKind';

const activityField: Readonly<Record<string, string>> = {
  category: 'category',
  salaryCosts: 'salaryCosts',
  otherCosts: 'otherCosts',
  from: 'from',
  to: 'to',
  ineligiblePurposes: 'ineligiblePurposes',
};

/**
 * Grant applications, one row per activity in {@link applicationFields}, adjacent rows
 * with the same `id` forming one application; validated with `parseGrantApplication`
 * of `@stadig/grants`. The external id is the application id.
 *
 * @example
 * ```ts
 * applicationRowKind.locate(['activities', 1, 'period', 'to']);
 * //=> { row: 1, field: 'to' }
 * ```
 */
export const applicationRowKind: RowKind<GrantApplication> = {
  kind: 'applications',
  fields: applicationFields,
  aliases: applicationAliases,
  groupBy: ['id'],
  listSeparator: /[\s,|]+/,
  build: (rows) => {
    const first = (field: string) => rows.map((r) => r.get(field)).find((v) => v !== undefined);
    const defined = <T>(key: string, value: T | undefined) =>
      value === undefined ? {} : { [key]: value };
    return {
      ...defined('id', first('id')),
      ...defined('year', first('year')),
      ...defined('municipality', first('municipality')),
      ...defined('requested', first('requested')),
      activities: rows.map((r) => ({
        ...defined('category', r.get('category')),
        salaryCosts: r.get('salaryCosts') ?? '0',
        otherCosts: r.get('otherCosts') ?? '0',
        period: { ...defined('from', r.get('from')), ...defined('to', r.get('to')) },
        ...defined('ineligiblePurposes', r.get('ineligiblePurposes')),
      })),
    };
  },
  validate: (input) => parseGrantApplication(input),
  locate: ([top, i, key, sub]) => {
    if (top === 'activities' && typeof i === 'number') {
      const field = key === 'period' ? String(sub ?? 'from') : String(key ?? 'category');
      return { row: i, field: activityField[field] ?? 'category' };
    }
    return { row: 0, field: String(top ?? 'id') };
  },
  externalId: (a) => a.id,
  idFields: ['id'],
};
