import type { FieldType } from '../rows/FieldType';
import { fieldPath } from '../rows/fieldPath';
import { fieldPattern } from '../rows/fieldPattern';
import type { CellOptions } from '../rows/readCell';
import { CellFailure } from '../rows/readCellValue';
import { cellProblem } from './cellProblem';
import type { RowProblem } from './ImportSummary';
import type { ColumnAction, ColumnPlan } from './planColumns';
import { readFieldValue } from './readFieldValue';

/**
 * Builds one row's nested input from its cells; problems are pushed to `problems`.
 *
 * @example
 * ```ts
 * const build: RowBuilder = (cells, problems) => ({ id: cells[0] });
 * ```
 */
export type RowBuilder = (
  cells: readonly string[],
  problems: RowProblem[],
) => Record<string, unknown>;

interface Source {
  readonly column: number;
  readonly action: ColumnAction;
}
interface Leaf {
  readonly leaf: true;
  readonly key: string | number;
  readonly field: string;
  readonly type: FieldType;
  readonly sources: Source[];
  constant: string | undefined;
}
interface Branch {
  readonly leaf: false;
  readonly key: string | number;
  readonly list: boolean;
  readonly children: Node[];
}
type Node = Leaf | Branch;

/**
 * Compiles a column plan into a function that builds a row's nested input straight
 * from its cells, as {@link readRowFields} with a root and {@link compactLists} would,
 * for a plan whose columns each fill known fields: the tree of objects and lists is
 * worked out once from the header, so a row costs one read per cell and one object per
 * level, with no field names split or looked up. An object or list is made only when a
 * cell below it has a value; list items keep the order of their positions. Returns
 * `undefined` for a plan it cannot compile (a column split over several fields or over
 * list positions, or fields that would put a value where an object goes), which the
 * importer then reads the general way.
 *
 * @param plan - the column plan of the header
 * @param types - the kind's field table
 * @param options - decimal mark, date format, list separator
 * @param constants - fields with a fixed value (the profile's), used when no cell fills them
 * @returns the builder, or `undefined`
 *
 * @example
 * ```ts
 * const build = compileRowBuilder(planColumns(['id', 'household.children.2.name'], caseRowKind), caseFields, options, []);
 * build?.(['c-1', 'Barn'], []);
 * //=> { id: 'c-1', household: { children: [{ name: 'Barn' }] } }
 * ```
 */
export function compileRowBuilder(
  plan: ColumnPlan,
  types: Readonly<Record<string, FieldType>>,
  options: CellOptions,
  constants: readonly (readonly [string, string])[],
): RowBuilder | undefined {
  const root: Branch = { leaf: false, key: '', list: false, children: [] };
  const leaves = new Map<string, Leaf>();
  const place = (field: string, type: FieldType): Leaf | undefined => {
    const known = leaves.get(field);
    if (known !== undefined) return known.type === type ? known : undefined;
    const path = fieldPath(field);
    let node = root;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i] as string | number;
      const list = typeof path[i + 1] === 'number';
      if ((typeof key === 'number') !== node.list) return undefined;
      let next = node.children.find((c) => c.key === key);
      if (next === undefined) {
        next = { leaf: false, key, list, children: [] };
        node.children.push(next);
      }
      if (next.leaf || next.list !== list) return undefined;
      node = next;
    }
    const key = path[path.length - 1] as string | number;
    if ((typeof key === 'number') !== node.list) return undefined;
    if (node.children.some((c) => c.key === key)) return undefined;
    const leaf: Leaf = { leaf: true, key, field, type, sources: [], constant: undefined };
    node.children.push(leaf);
    leaves.set(field, leaf);
    return leaf;
  };
  for (let column = 0; column < plan.actions.length; column++) {
    const action = plan.actions[column];
    if (action === null || action === undefined) continue;
    const field = action.to[0];
    if (action.to.length !== 1 || field === undefined || action.split !== undefined)
      return undefined;
    if (field.includes('#')) return undefined;
    const leaf = place(field, action.types[0] ?? 'text');
    if (leaf === undefined) return undefined;
    leaf.sources.push({ column, action });
  }
  for (const [field, text] of constants) {
    const leaf = place(field, types[fieldPattern(field) ?? ''] ?? 'text');
    if (leaf === undefined) return undefined;
    leaf.constant = text;
  }
  sortLists(root);
  const program = compile(root, []);
  const stack: Container[] = [];
  return (cells, problems) => run(program, stack, cells, problems, options);
}

/** List items in the order of their positions (`children.1` before `children.3`). */
function sortLists(node: Branch): void {
  if (node.list) node.children.sort((a, b) => (a.key as number) - (b.key as number));
  for (const child of node.children) if (!child.leaf) sortLists(child);
}

type Container = Record<string, unknown> | unknown[] | undefined;

/**
 * One step of a compiled builder: read a leaf into the open container, open a
 * container, or close it into its parent. `inList` says whether the value goes into a
 * list (pushed) or an object (by `key`). One shape for every step, so the loop that
 * runs them stays fast.
 */
interface Step {
  readonly op: 'leaf' | 'open' | 'close';
  readonly key: string;
  readonly inList: boolean;
  readonly leaf: Leaf | null;
}

/** The tree as a flat list of steps, depth first (no recursion per row). */
function compile(node: Branch, steps: Step[]): Step[] {
  for (const child of node.children) {
    const step = { key: String(child.key), inList: node.list };
    if (child.leaf) steps.push({ op: 'leaf', ...step, leaf: child });
    else {
      steps.push({ op: 'open', ...step, leaf: null });
      compile(child, steps);
      steps.push({ op: 'close', ...step, leaf: null });
    }
  }
  return steps;
}

function run(
  program: readonly Step[],
  stack: Container[],
  cells: readonly string[],
  problems: RowProblem[],
  options: CellOptions,
): Record<string, unknown> {
  // The container being filled; made only when a value goes into it. The steps open
  // and close in pairs, so the stack is empty again after every row.
  let open: Container;
  for (let i = 0; i < program.length; i++) {
    const step = program[i] as Step;
    let value: unknown;
    if (step.op === 'open') {
      stack.push(open);
      open = undefined;
      continue;
    }
    if (step.op === 'close') {
      value = open;
      open = stack.pop();
    } else value = readLeaf(step.leaf as Leaf, cells, problems, options);
    if (value === undefined) continue;
    if (step.inList) {
      open ??= [];
      (open as unknown[]).push(value);
    } else {
      open ??= {};
      (open as Record<string, unknown>)[step.key] = value;
    }
  }
  return (open ?? {}) as Record<string, unknown>;
}

/** The value of one field: from its last column that has one, else the constant. */
function readLeaf(
  leaf: Leaf,
  cells: readonly string[],
  problems: RowProblem[],
  options: CellOptions,
): unknown {
  let value: unknown;
  const { sources } = leaf;
  for (let i = 0; i < sources.length; i++) {
    const { column, action } = sources[i] as Source;
    const cell = cells[column] ?? '';
    if (cell === '') continue;
    const text = action.codes === undefined ? cell : (action.codes.get(cell) ?? cell);
    if (text === '') continue;
    const read = readFieldValue(leaf.type, text, action, options);
    if (read instanceof CellFailure) problems.push(cellProblem(read, action, leaf.field, options));
    // As the general reader does: a later column does not replace a list read before.
    else if (typeof value !== 'object') value = read;
  }
  if (value !== undefined || leaf.constant === undefined) return value;
  const read = readFieldValue(leaf.type, leaf.constant, null, options);
  if (read instanceof CellFailure) {
    problems.push(cellProblem(read, null, leaf.field, options));
    return undefined;
  }
  return read;
}
