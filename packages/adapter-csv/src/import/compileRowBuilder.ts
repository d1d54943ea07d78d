import type { FieldType } from '../rows/FieldType';
import { fieldPath } from '../rows/fieldPath';
import { fieldPattern } from '../rows/fieldPattern';
import type { CellOptions } from '../rows/readCell';
import { CellFailure } from '../rows/readCellValue';
import { cellProblem } from './cellProblem';
import { type FieldReader, fieldReader } from './fieldReader';
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

/** A column that fills a leaf, with its reader made once for the header. */
interface Source {
  readonly column: number;
  readonly action: ColumnAction;
  readonly codes: ReadonlyMap<string, string> | undefined;
  readonly read: FieldReader;
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
 * worked out once from the header, and so is each column's reader ({@link fieldReader})
 * and the value of each constant, so a row costs one read per cell and one object per
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
    leaf.sources.push({
      column,
      action,
      codes: action.codes,
      read: fieldReader(leaf.type, action, options),
    });
  }
  for (const [field, text] of constants) {
    const leaf = place(field, types[fieldPattern(field) ?? ''] ?? 'text');
    if (leaf === undefined) return undefined;
    leaf.constant = text;
  }
  sortLists(root);
  const program = new Program();
  compile(root, program);
  const constantValues = leafConstants(program.leaves, options);
  const stack: Container[] = [];
  return (cells, problems) => run(program, constantValues, stack, cells, problems, options);
}

/** List items in the order of their positions (`children.1` before `children.3`). */
function sortLists(node: Branch): void {
  if (node.list) node.children.sort((a, b) => (a.key as number) - (b.key as number));
  for (const child of node.children) if (!child.leaf) sortLists(child);
}

type Container = Record<string, unknown> | unknown[] | undefined;

const LEAF = 0;
const OPEN = 1;
const CLOSE = 2;

/**
 * The tree as a flat program, depth first, in parallel arrays (no object per step and
 * no recursion per row): each step reads a leaf into the open container, opens a
 * container, or closes it into its parent; `inList` says whether the value is pushed
 * to a list or set on an object by `key`.
 */
class Program {
  readonly ops: number[] = [];
  readonly keys: string[] = [];
  readonly inList: boolean[] = [];
  /** For a leaf step, the index of its leaf in `leaves`; -1 otherwise. */
  readonly leafAt: number[] = [];
  readonly leaves: Leaf[] = [];

  push(op: number, key: string | number, inList: boolean, leaf: Leaf | null): void {
    this.ops.push(op);
    this.keys.push(String(key));
    this.inList.push(inList);
    this.leafAt.push(leaf === null ? -1 : this.leaves.push(leaf) - 1);
  }
}

function compile(node: Branch, program: Program): void {
  for (const child of node.children) {
    if (child.leaf) program.push(LEAF, child.key, node.list, child);
    else {
      program.push(OPEN, child.key, node.list, null);
      compile(child, program);
      program.push(CLOSE, child.key, node.list, null);
    }
  }
}

/**
 * The value of each leaf's constant, read once: a value, a failure, or `undefined`
 * when the leaf has none.
 */
function leafConstants(leaves: readonly Leaf[], options: CellOptions): unknown[] {
  return leaves.map((leaf) =>
    leaf.constant === undefined
      ? undefined
      : readFieldValue(leaf.type, leaf.constant, null, options),
  );
}

function run(
  program: Program,
  constants: readonly unknown[],
  stack: Container[],
  cells: readonly string[],
  problems: RowProblem[],
  options: CellOptions,
): Record<string, unknown> {
  const { ops, keys, inList, leafAt, leaves } = program;
  // The container being filled; made only when a value goes into it. The steps open
  // and close in pairs, so the stack is empty again after every row.
  let open: Container;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i];
    let value: unknown;
    if (op === OPEN) {
      stack.push(open);
      open = undefined;
      continue;
    }
    if (op === CLOSE) {
      value = open;
      open = stack.pop();
    } else {
      const at = leafAt[i] as number;
      const leaf = leaves[at] as Leaf;
      value = readLeaf(leaf, cells, problems, options);
      if (value === undefined) value = constantOf(leaf, constants[at], problems, options);
    }
    if (value === undefined) continue;
    if (inList[i]) {
      open ??= [];
      (open as unknown[]).push(value);
    } else {
      open ??= {};
      (open as Record<string, unknown>)[keys[i] as string] = value;
    }
  }
  return (open ?? {}) as Record<string, unknown>;
}

/** The value of one field: from its last column that has one (or `undefined`). */
function readLeaf(
  leaf: Leaf,
  cells: readonly string[],
  problems: RowProblem[],
  options: CellOptions,
): unknown {
  let value: unknown;
  const { sources } = leaf;
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i] as Source;
    const cell = cells[source.column];
    if (cell === undefined || cell === '') continue;
    const text = source.codes === undefined ? cell : (source.codes.get(cell) ?? cell);
    if (text === '') continue;
    const read = source.read(text);
    if (read instanceof CellFailure) {
      problems.push(cellProblem(read, source.action, leaf.field, options));
    }
    // As the general reader does: a later column does not replace a list read before.
    else if (typeof value !== 'object') value = read;
  }
  return value;
}

/** The profile's constant of a leaf no cell filled, read once when compiled. */
function constantOf(
  leaf: Leaf,
  constant: unknown,
  problems: RowProblem[],
  options: CellOptions,
): unknown {
  if (constant instanceof CellFailure) {
    problems.push(cellProblem(constant, null, leaf.field, options));
    return undefined;
  }
  // A list is made anew for every row: the rows must not share one.
  return Array.isArray(constant) ? constant.slice() : constant;
}
