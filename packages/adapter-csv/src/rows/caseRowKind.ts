import { type Case, parseCase } from '@stadig/case';
import { caseFields } from './caseFields';
import type { RowKind } from './RowKind';
import { unflatten } from './unflatten';

const LISTS: readonly (readonly [string, string])[] = [
  ['household', 'children'],
  ['protection', 'avoidMunicipalities'],
  ['protection', 'avoidCounties'],
  ['protection', 'keepDistanceFrom'],
  ['', 'consents'],
  ['', 'stays'],
  ['', 'applications'],
];

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
};

/** Adds the required lists that have no column, empty. */
function withLists(input: Record<string, unknown>): Record<string, unknown> {
  for (const [parent, key] of LISTS) {
    const node = parent === '' ? input : objectAt(input, parent);
    if (node[key] === undefined) node[key] = [];
  }
  return input;
}

function objectAt(root: Record<string, unknown>, key: string): Record<string, unknown> {
  const node = root[key];
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    return node as Record<string, unknown>;
  }
  const created: Record<string, unknown> = {};
  if (node === undefined) root[key] = created;
  return created;
}
