/**
 * Whether a value is a plain object: made by an object literal, `JSON.parse` or
 * `Object.create(null)`, not an array, a class instance or a boxed primitive. Hand-written
 * fast readers (for example `parseCase`'s) accept only plain objects and leave anything
 * else to the schema. Never throws.
 *
 * @param value - anything
 * @returns `true` for a plain object
 *
 * @example
 * ```ts
 * isPlainObject(JSON.parse('{"a":1}'));
 * //=> true
 * isPlainObject(new Date(0));
 * //=> false
 * ```
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
