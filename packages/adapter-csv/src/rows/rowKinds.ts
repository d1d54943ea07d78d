import { applicationRowKind } from './applicationRowKind';
import { caseRowKind } from './caseRowKind';
import { offerRowKind } from './offerRowKind';
import type { ImportKind, RowKind } from './RowKind';
import { usageRowKind } from './usageRowKind';

/**
 * The row kinds the importer knows, by import kind.
 *
 * @example
 * ```ts
 * rowKinds.cases?.kind;
 * //=> 'cases'
 * ```
 */
export const rowKinds: Readonly<Partial<Record<ImportKind, RowKind<unknown>>>> = {
  cases: caseRowKind,
  applications: applicationRowKind,
  usage: usageRowKind,
  offers: offerRowKind,
};
