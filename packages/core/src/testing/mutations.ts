import fc from 'fast-check';

type Json = unknown;

/** Every path to an object or array inside a value (the root is `[]`). */
function containers(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const inner = Object.entries(value).flatMap(([key, child]) =>
    containers(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
  return [path, ...inner];
}

function deepCopy(value: Json): Json {
  if (Array.isArray(value)) return value.map(deepCopy);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepCopy(v)]));
}

function at(value: Json, path: readonly (string | number)[]): Json {
  return path.reduce<Json>((v, key) => (v as Record<string | number, Json>)[key], value);
}

/**
 * Arbitrary mutations of valid values, for testing that a parser rejects (or at least
 * never wrongly accepts) what is almost valid: each draw deep-copies a value from
 * `valid` and then, in a randomly chosen nested object or array, replaces a key's value
 * with an arbitrary one, sets it to `undefined`, deletes it, or adds an unknown key.
 * Values must be JSON-like (plain objects, arrays, primitives).
 *
 * @param valid - an arbitrary of valid JSON-like values
 * @returns an arbitrary of mutated copies (the originals are never changed)
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbMutated(arbCaseInput({ asOf })), (input) => {
 *   parseCase(input, { asOf }); // never throws
 * }));
 * ```
 */
export function arbMutated<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      valid,
      fc.nat(),
      fc.nat(),
      fc.constantFrom('replace', 'undefined', 'delete', 'add'),
      fc.oneof(fc.anything(), fc.string(), fc.integer(), fc.constant(-0), fc.double()),
    )
    .map(([value, pick, keyPick, op, replacement]) => {
      const copy = deepCopy(value);
      const places = containers(copy);
      const target = at(copy, places[pick % places.length] ?? []);
      if (typeof target !== 'object' || target === null) return replacement;
      const record = target as Record<string, Json>;
      const keys = Object.keys(record);
      const key = keys[keyPick % Math.max(keys.length, 1)];
      if (op === 'add' || key === undefined) record[`unknown${keyPick % 3}`] = replacement;
      else if (op === 'delete') delete record[key];
      else record[key] = op === 'undefined' ? undefined : replacement;
      return copy;
    });
}
