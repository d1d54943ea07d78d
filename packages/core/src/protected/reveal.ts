import { Protected } from './Protected';

/**
 * Reads the value inside a {@link Protected}. This is the only way to get it out;
 * call it only where the value is needed and the caller has a consent or legal
 * ground for it (packages that export or share data demand one before calling this).
 *
 * @param value - a value created by {@link protect}
 * @returns the personal data itself
 *
 * @example
 * ```ts
 * reveal(protect('Alva Exempel', 'name'));
 * //=> 'Alva Exempel'
 * ```
 */
export function reveal<T>(value: Protected<T>): T {
  return Protected.unwrap(value);
}
