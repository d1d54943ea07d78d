import { type Case, parseCase } from '@stadig/case';
import { caseFields } from './caseFields';
import type { RowKind } from './RowKind';
import { unflatten } from './unflatten';

/**
 * Cases, one row per case in the flat convention of {@link caseFields}; validated with
 * `parseCase` of `@stadig/case` (identity numbers, lifecycle, every personal field
 * protected). Required lists that have no column are empty. The external id is the
 * case id.
 *
 * @example
 * ```ts
 * caseRowKind.locate(['household', 'children', 0, 'birthDate']);
 * //=> { row: 0, field: 'household.children.1.birthDate' }
 * ```
 */
export const caseRowKind: RowKind<Case> = {
  kind: 'cases',
  fields: caseFields,
  aliases: {},
  groupBy: [],
  listSeparator: '|',
  build: (rows) => withLists(unflatten(rows[0] ?? new Map())),
  complete: (input) => withLists(input),
  validate: (input, asOf) => parseCase(input, { asOf }),

  locate: (path) => ({
    row: 0,
    field: path.map((p) => (typeof p === 'number' ? String(p + 1) : p)).join('.'),
  }),
  externalId: (c) => c.id,
  idFields: ['id'],
};

/**
 * Adds the required lists that have no column, empty: `household.children`, the
 * three lists of `protection`, `consents`, `stays` and `applications`, in that order.
 * A `household` or `protection` that is there but is not an object is left for the
 * schema to report. Written out field by field: the importer calls it for every row.
 */
function withLists(input: Record<string, unknown>): Record<string, unknown> {
  const household = objectIn(input, input.household, 'household');
  if (household !== undefined && household.children === undefined) household.children = [];
  const protection = objectIn(input, input.protection, 'protection');
  if (protection !== undefined) {
    if (protection.avoidMunicipalities === undefined) protection.avoidMunicipalities = [];
    if (protection.avoidCounties === undefined) protection.avoidCounties = [];
    if (protection.keepDistanceFrom === undefined) protection.keepDistanceFrom = [];
  }
  if (input.consents === undefined) input.consents = [];
  if (input.stays === undefined) input.stays = [];
  if (input.applications === undefined) input.applications = [];
  return input;
}

/** `node` if it is an object; a new one, set on `root`, if there is none; else `undefined`. */
function objectIn(
  root: Record<string, unknown>,
  node: unknown,
  key: 'household' | 'protection',
): Record<string, unknown> | undefined {
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    return node as Record<string, unknown>;
  }
  if (node !== undefined) return undefined;
  const created: Record<string, unknown> = {};
  root[key] = created;
  return created;
}
