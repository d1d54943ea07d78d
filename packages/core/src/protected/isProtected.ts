import { Protected } from './Protected';

/**
 * Tells whether a value is a {@link Protected}.
 *
 * @param value - anything
 * @returns `true` for values created by {@link protect}
 *
 * @example
 * ```ts
 * isProtected(protect('x', 'name'));
 * //=> true
 * isProtected('x');
 * //=> false
 * ```
 */
export function isProtected(value: unknown): value is Protected<unknown> {
  return value instanceof Protected;
}
