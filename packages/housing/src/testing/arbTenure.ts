import fc from 'fast-check';
import { type TenureKind, tenureKinds } from '../solution/vocabulary';

/**
 * Any tenure kind.
 *
 * @returns an arbitrary of {@link TenureKind}s
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbTenure(), (kind) => Object.hasOwn(tenureKinds, kind)));
 * ```
 */
export function arbTenure(): fc.Arbitrary<TenureKind> {
  return fc.constantFrom(...(Object.keys(tenureKinds) as TenureKind[]));
}
