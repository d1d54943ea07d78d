import { Protected, type ProtectedKind } from './Protected';

/**
 * Wraps personal data so that it cannot leak through logs, errors or serialisation.
 *
 * @param value - the personal data
 * @param kind - what kind of data it is (shown instead of the value)
 * @returns a {@link Protected} holding `value`
 *
 * @example
 * ```ts
 * const address = protect('Storgatan 1', 'address');
 * String(address);
 * //=> '[protected:address]'
 * ```
 */
export function protect<T>(value: T, kind: ProtectedKind): Protected<T> {
  return Protected.wrap(value, kind);
}
