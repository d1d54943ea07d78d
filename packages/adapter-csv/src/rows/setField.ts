import { fieldPath } from './fieldPath';

/**
 * Sets one flat field in a nested value: `a.b` sets `b` in `a`, and a number segment
 * (1-based) is a position in a list. A list it creates is added to `lists`, to be closed
 * up with {@link compactLists} once the row is complete. A field below a value of
 * another shape (a text where an object or list should be) is dropped.
 *
 * @param root - the nested value being built
 * @param name - the flat field name
 * @param value - the value
 * @param lists - where the lists created are collected
 *
 * @example
 * ```ts
 * const root = {};
 * setField(root, 'household.children.2.birthDate', '2015-06-20', []);
 * root;
 * //=> { household: { children: [ <1 empty item>, { birthDate: '2015-06-20' } ] } }
 * ```
 */
export function setField(
  root: Record<string, unknown>,
  name: string,
  value: unknown,
  lists: unknown[][],
): void {
  const path = fieldPath(name);
  let node = root as Record<string | number, unknown>;
  const last = path.length - 1;
  for (let i = 0; i < last; i++) {
    const key = path[i] as string | number;
    const isList = typeof path[i + 1] === 'number';
    let next = node[key];
    if (next === undefined) {
      next = isList ? [] : {};
      if (isList) lists.push(next as unknown[]);
      node[key] = next;
    } else if (typeof next !== 'object' || next === null || Array.isArray(next) !== isList) {
      return;
    }
    node = next as Record<string | number, unknown>;
  }
  const key = path[last] as string | number;
  if (typeof node[key] !== 'object') node[key] = value;
}
