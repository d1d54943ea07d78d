import { assert, assertMessages } from '../errors/assert';

/**
 * What kind of personal data a {@link Protected} value holds. The kind is not
 * secret and is shown in place of the value.
 *
 * @example
 * ```ts
 * const kind: ProtectedKind = 'address';
 * ```
 */
export type ProtectedKind =
  | 'name'
  | 'identity-number'
  | 'birth-date'
  | 'address'
  | 'contact'
  | 'free-text'
  | 'location'
  | 'other';

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

/**
 * Personal data (a name, an identity number, an address, free text about a person)
 * that must never leak. It prints as `[protected:<kind>]` through
 * `JSON.stringify`, `String()`, template literals, string concatenation and Node's
 * `util.inspect` (and so `console.log`), and is read only by an explicit
 * {@link reveal}. The value is kept in a private field (`#value`), so spreading,
 * cloning, enumerating or serialising a `Protected` never copies it. (A private field
 * rather than a WeakMap: wrapping is on the hot path of every parse, and a private field
 * is several times cheaper than a WeakMap entry.)
 *
 * Create one with {@link protect}.
 *
 * @typeParam T - the type of the protected value
 *
 * @example
 * ```ts
 * const name = protect('Alva Exempel', 'name');
 * JSON.stringify({ name });
 * //=> '{"name":"[protected:name]"}'
 * `${name}`;
 * //=> '[protected:name]'
 * reveal(name);
 * //=> 'Alva Exempel'
 * ```
 */
export class Protected<T> {
  /** What kind of personal data this is. */
  readonly kind: ProtectedKind;
  readonly #value: T;

  private constructor(value: T, kind: ProtectedKind) {
    this.kind = kind;
    this.#value = value;
    Object.freeze(this);
  }

  /** @internal Use {@link protect}. */
  static wrap<T>(value: T, kind: ProtectedKind): Protected<T> {
    return new Protected(value, kind);
  }

  /** @internal Use {@link reveal}. */
  static unwrap<T>(wrapped: Protected<T>): T {
    assert(
      typeof wrapped === 'object' && wrapped !== null && #value in wrapped,
      assertMessages.notProtected,
    );
    return wrapped.#value;
  }

  /** The redacted text: `[protected:<kind>]`. */
  toString(): string {
    return `[protected:${this.kind}]`;
  }

  /** What `JSON.stringify` writes: the redacted text. */
  toJSON(): string {
    return this.toString();
  }

  /** What string conversion and `+` give: the redacted text. */
  [Symbol.toPrimitive](): string {
    return this.toString();
  }

  /** What Node's `util.inspect` and `console.log` show: the redacted text. */
  [inspectSymbol](): string {
    return this.toString();
  }
}
