import { compactLists } from './compactLists';
import { setField } from './setField';

/**
 * Builds a nested value from flat fields: `a.b` sets `b` in `a`, and a number segment
 * (1-based) is a position in a list. Lists are compacted in order of their positions,
 * so `children.1` and `children.3` make a list of two. A field below a value of another
 * shape (a text where an object or list should be) is dropped.
 *
 * @param fields - flat field name to value
 * @returns the nested object
 *
 * @example
 * ```ts
 * unflatten(new Map([['a.2.b', 1], ['a.1.b', 2], ['c', 'x']]));
 * //=> { a: [{ b: 2 }, { b: 1 }], c: 'x' }
 * ```
 */
export function unflatten(fields: ReadonlyMap<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const lists: unknown[][] = [];
  fields.forEach((value, name) => {
    setField(root, name, value, lists);
  });
  compactLists(lists);
  return root;
}
