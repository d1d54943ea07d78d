import { isProtected, reveal } from '@stadig/core';

/**
 * A deep copy of a value with every `Protected` value revealed and every empty object
 * left out, for comparing cases in tests (two protected values are otherwise
 * indistinguishable, and an empty optional group such as `needs: {}` has no column).
 *
 * @internal
 * @param value - any value
 * @returns the copy
 *
 * @example
 * ```ts
 * revealDeep({ name: protect('Anna', 'name') });
 * //=> { name: 'Anna' }
 * ```
 */
export function revealDeep(value: unknown): unknown {
  if (isProtected(value)) return revealDeep(reveal(value));
  if (Array.isArray(value)) return value.map(revealDeep);
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, revealDeep(v)] as const)
      .filter(
        ([, v]) =>
          !(
            typeof v === 'object' &&
            v !== null &&
            !Array.isArray(v) &&
            Object.keys(v).length === 0
          ),
      );
    return Object.fromEntries(entries);
  }
  return value;
}
