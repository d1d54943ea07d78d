import { compactLists } from '../rows/compactLists';
import type { FieldType } from '../rows/FieldType';
import { fieldPattern } from '../rows/fieldPattern';
import type { CellOptions } from '../rows/readCell';
import { CellFailure } from '../rows/readCellValue';
import { setField } from '../rows/setField';
import { cellProblem } from './cellProblem';
import type { RowProblem } from './ImportSummary';
import type { ColumnAction, ColumnPlan } from './planColumns';
import { readFieldValue } from './readFieldValue';

/**
 * Reads one row's cells into flat fields by the column plan (the parser has already
 * trimmed space around unquoted cells; a quoted cell is kept as is): empty cells are absent,
 * a `split` spreads a cell over several fields (or over the positions of a `#` field),
 * `codes` translate the system's codes, and each value is read by its field's type.
 * Constants from the profile are added. Problems name the column, never the value.
 * Given `root`, the fields go straight into that nested value (lists closed up) and
 * the returned map is empty.
 *
 * @param fields - the row's cells
 * @param plan - the column plan
 * @param types - the kind's field table
 * @param options - decimal mark, date format, list separator
 * @param constants - fields with a fixed value
 * @param root - a nested value to set the fields in, instead of a flat map
 * @returns the values by field, and the problems
 *
 * @example
 * ```ts
 * readRowFields(['c-1'], planColumns(['id'], caseRowKind), caseFields, options, []).values.get('id');
 * //=> 'c-1'
 * ```
 */
export function readRowFields(
  fields: readonly string[],
  plan: ColumnPlan,
  types: Readonly<Record<string, FieldType>>,
  options: CellOptions,
  constants: readonly (readonly [string, string])[],
  root?: Record<string, unknown>,
): { values: Map<string, unknown>; problems: RowProblem[] } {
  const out: Out = {
    values: root === undefined ? new Map() : NONE,
    root,
    lists: [],
    set: root !== undefined && constants.length > 0 ? new Set() : undefined,
    problems: [],
    options,
  };
  const { actions } = plan;
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i];
    if (action === null || action === undefined) continue;
    const cell = fields[i] ?? '';
    if (cell === '') continue;
    // The common case: one column, one field, no transform.
    if (action.split === undefined && action.codes === undefined && action.to.length === 1) {
      put(out, action.to[0] ?? '', action.types[0] ?? 'text', cell, action);
      continue;
    }
    const parts =
      action.split === undefined ? [cell] : cell.split(action.split).map((p) => p.trim());
    const coded = action.codes === undefined ? parts : parts.map((p) => action.codes?.get(p) ?? p);
    const [only] = action.to;
    if (action.to.length === 1 && only !== undefined && only.includes('#')) {
      for (let k = 0; k < coded.length; k++) {
        const part = coded[k] ?? '';
        if (part !== '')
          put(out, only.replace('#', String(k + 1)), action.types[0] ?? 'text', part, action);
      }
      continue;
    }
    for (let k = 0; k < action.to.length; k++) {
      const last = k === action.to.length - 1;
      const part = last ? coded.slice(k).join(action.split ?? '') : (coded[k] ?? '');
      if (part !== '') put(out, action.to[k] ?? '', action.types[k] ?? 'text', part, action);
    }
  }
  for (const [field, text] of constants) {
    if (!(out.set ?? out.values).has(field))
      put(out, field, types[fieldPattern(field) ?? ''] ?? 'text', text, null);
  }
  if (out.lists.length > 0) compactLists(out.lists);
  return { values: out.values, problems: out.problems };
}

/** The empty map returned when the fields went straight into a nested value. */
const NONE: Map<string, unknown> = /* @__PURE__ */ new Map();

interface Out {
  readonly values: Map<string, unknown>;
  readonly root: Record<string, unknown> | undefined;
  readonly lists: unknown[][];
  readonly set: Set<string> | undefined;
  readonly problems: RowProblem[];
  readonly options: CellOptions;
}

/** Reads one value into `out`, or records why it cannot be read (never the value). */
function put(
  out: Out,
  field: string,
  type: FieldType,
  text: string,
  action: ColumnAction | null,
): void {
  const value = readFieldValue(type, text, action, out.options);
  if (!(value instanceof CellFailure)) {
    if (out.root === undefined) out.values.set(field, value);
    else {
      setField(out.root, field, value, out.lists);
      out.set?.add(field);
    }
    return;
  }
  out.problems.push(cellProblem(value, action, field, out.options));
}
