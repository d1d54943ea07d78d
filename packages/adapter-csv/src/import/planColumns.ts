import type { MappingProfile } from '../profile/mappingProfileSchema';
import type { FieldType } from '../rows/FieldType';
import { fieldPattern } from '../rows/fieldPattern';
import type { RowKind } from '../rows/RowKind';

/**
 * What to do with one column of the file: its known name (the profile's or Stadig's
 * header, never a value from the file), the fields it fills and how.
 *
 * @example
 * ```ts
 * const action: ColumnAction = { name: 'id', index: 1, to: ['id'], types: ['text'] };
 * ```
 */
export interface ColumnAction {
  readonly name: string;
  /** 1-based column number. */
  readonly index: number;
  readonly to: readonly string[];
  /** The type of each field in `to` (read once, not per cell). */
  readonly types: readonly FieldType[];
  readonly split?: string;
  readonly codes?: ReadonlyMap<string, string>;
  readonly dateFormat?: string;
  /** Read municipality names to their SCB codes. */
  readonly resolve?: 'municipality';
}

/**
 * How a file's header maps to fields: an action per column (`null` when unknown or
 * ignored), the unknown and repeated columns by number, and for each field the column
 * it came from (for errors).
 *
 * @example
 * ```ts
 * planColumns(['id', 'x'], caseRowKind).unknown;
 * //=> [2]
 * ```
 */
export interface ColumnPlan {
  readonly actions: readonly (ColumnAction | null)[];
  readonly unknown: readonly number[];
  readonly duplicate: readonly number[];
  readonly fieldColumn: ReadonlyMap<string, ColumnAction>;
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * Plans how the columns of a header map to fields: by the profile when there is one,
 * else by Stadig's own field names (any letter case) and the kind's aliases. Never
 * throws.
 *
 * @param header - the header row's fields
 * @param kind - the kind of rows
 * @param profile - the mapping profile, if any
 * @returns the plan
 *
 * @example
 * ```ts
 * planColumns(['ID', 'household.children.1.birthDate'], caseRowKind).actions.map((a) => a?.to);
 * //=> [['id'], ['household.children.1.birthDate']]
 * ```
 */
export function planColumns(
  header: readonly string[],
  kind: RowKind<unknown>,
  profile?: MappingProfile,
): ColumnPlan {
  const byName = new Map<string, Omit<ColumnAction, 'index' | 'types'>>();
  if (profile === undefined) {
    for (const [alias, field] of Object.entries(kind.aliases))
      byName.set(alias, { name: alias, to: [field] });
  } else {
    for (const [name, spec] of Object.entries(profile.columns)) {
      const action =
        typeof spec === 'string'
          ? { name, to: [spec] }
          : {
              name,
              to: typeof spec.to === 'string' ? [spec.to] : spec.to,
              ...(spec.split === undefined ? {} : { split: spec.split }),
              ...(spec.codes === undefined ? {} : { codes: new Map(Object.entries(spec.codes)) }),
              ...(spec.dateFormat === undefined ? {} : { dateFormat: spec.dateFormat }),
              ...(spec.resolve === undefined ? {} : { resolve: spec.resolve }),
            };
      byName.set(norm(name), action);
    }
  }
  const ignored = new Set((profile?.ignore ?? []).map(norm));
  const seen = new Set<string>();
  const unknown: number[] = [];
  const duplicate: number[] = [];
  const fieldColumn = new Map<string, ColumnAction>();
  const actions = header.map((raw, i): ColumnAction | null => {
    const key = norm(raw);
    if (seen.has(key)) {
      duplicate.push(i + 1);
      return null;
    }
    seen.add(key);
    let action = byName.get(key);
    if (action === undefined && profile === undefined) {
      const field = canonical(key, kind);
      if (field !== undefined) action = { name: field, to: [field] };
    }
    if (action === undefined) {
      if (!ignored.has(key)) unknown.push(i + 1);
      return null;
    }
    const types = action.to.map(
      (f) => kind.fields[f.includes('#') ? f : (fieldPattern(f) ?? '')] ?? 'text',
    );
    const full = { ...action, index: i + 1, types };
    for (const field of full.to) fieldColumn.set(field, full);
    return full;
  });
  return { actions, unknown, duplicate, fieldColumn };
}

/** The field name as Stadig spells it, for a header that matches one in any case. */
function canonical(key: string, kind: RowKind<unknown>): string | undefined {
  const pattern = fieldPattern(key);
  const match = Object.keys(kind.fields).find((f) => f.toLowerCase() === pattern);
  if (match === undefined) return undefined;
  const numbers = key.match(/\d+/g) ?? [];
  let i = 0;
  return match.replace(/#/g, () => numbers[i++] ?? '1');
}
