import type { DateOnly, ErrorPath, NonEmptyReadonlyArray, Result, StadigError } from '@stadig/core';
import type { FieldTable } from './FieldType';

/**
 * The rows of one record after reading: per row, its flat fields and their values.
 *
 * @example
 * ```ts
 * const rows: FlatRows = [new Map([['id', 'case-1']])];
 * ```
 */
export type FlatRows = readonly ReadonlyMap<string, unknown>[];

/**
 * What the importer needs to know about one kind of file: its flat fields, the header
 * names accepted for them without a profile, which fields group adjacent rows into one
 * record, how the record is built and validated, where an error's path points, and the
 * record's external id (what a store upserts by) with the fields it is made of.
 *
 * @example
 * ```ts
 * caseRowKind.fields.id;
 * //=> 'text'
 * ```
 */
export interface RowKind<T> {
  readonly kind: ImportKind;
  readonly fields: FieldTable;
  readonly aliases: Readonly<Record<string, string>>;
  /** Fields whose values, together, tell which adjacent rows are one record; empty: one row each. */
  readonly groupBy: readonly string[];
  /** How list cells are split when the profile does not say. */
  readonly listSeparator: string | RegExp;
  /** The record's input (the JSON shape its parser takes) from its rows. */
  build(rows: FlatRows): Record<string, unknown>;
  /**
   * For a kind of one row per record: completes an input whose fields were set straight
   * into it (with `setField`, lists closed up), as `build` would make it. The importer
   * then skips the flat map.
   */
  complete?(input: Record<string, unknown>): Record<string, unknown>;
  validate(input: unknown, asOf: DateOnly): Result<T, NonEmptyReadonlyArray<StadigError>>;
  /** The row (0-based within the record) and flat field an error path points to. */
  readonly locate: (path: ErrorPath) => { readonly row: number; readonly field: string };
  externalId(value: T): string;
  /**
   * The flat fields the external id is made of. A record whose id an earlier record of
   * the file took is pointed at that field's column when there is only one.
   */
  readonly idFields: readonly [string, ...string[]];
}

/**
 * The kinds of file the adapter imports.
 *
 * @example
 * ```ts
 * const kind: ImportKind = 'applications';
 * ```
 */
export type ImportKind = 'cases' | 'applications' | 'usage' | 'offers';
