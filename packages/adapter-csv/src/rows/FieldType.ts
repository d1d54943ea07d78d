/**
 * The type of a flat column's value: how its text is read and written.
 * `text` as is; `date` an ISO date (or the profile's format); `integer`; `decimal` (a
 * comma or a point); `money` kronor with öre (Swedish forms, read to integer öre);
 * `boolean` ja/nej, yes/no, true/false, 1/0; `list` items separated by `|` (or the
 * profile's separator).
 *
 * @example
 * ```ts
 * const type: FieldType = 'money';
 * ```
 */
export type FieldType = 'text' | 'date' | 'integer' | 'decimal' | 'money' | 'boolean' | 'list';

/**
 * The flat fields of one kind of row: a field name to its type. `#` in a name stands
 * for a 1-based position in a list (`household.children.#.birthDate` is
 * `household.children.1.birthDate`, `household.children.2.birthDate`, …).
 *
 * @example
 * ```ts
 * const table: FieldTable = { id: 'text', 'household.children.#.birthDate': 'date' };
 * ```
 */
export type FieldTable = Readonly<Record<string, FieldType>>;
