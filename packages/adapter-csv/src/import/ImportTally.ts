import { createErrorFactory, type StadigError } from '@stadig/core';
import type { Dialect } from '../dialect/Dialect';
import type { CsvRow } from '../dialect/readCsvRows';
import { csvMessages } from '../messages';
import type { MappingProfile } from '../profile/mappingProfileSchema';
import type { RowKind } from '../rows/RowKind';
import type { CellOptions } from '../rows/readCell';
import { compileRowBuilder, type RowBuilder } from './compileRowBuilder';
import type { ImportedRecord, ImportSink } from './ImportSink';
import type { ImportSummary, RowProblem, RowRejection } from './ImportSummary';
import { type ColumnPlan, planColumns } from './planColumns';
import { readRowFields } from './readRowFields';
import { SeenIds } from './SeenIds';

const csvError = createErrorFactory(csvMessages);
/** What `attempt` answers when the sink stored the records. */
const STORED = 'stored';

/**
 * Whether the sink stored the records, never throwing: `STORED`, or why it refused them
 * (the error it rejected with, when that is a `StadigError` such as a store's), or `null`.
 */
async function attempt(
  sink: ImportSink<unknown>,
  records: readonly ImportedRecord<unknown>[],
): Promise<typeof STORED | RowProblem | null> {
  try {
    await sink.write(records);
    return STORED;
  } catch (error) {
    return sinkReason(error);
  }
}

/**
 * A sink's refusal as a row problem, when it is a `StadigError` (code and sv/en message);
 * `null` for anything else, including an object whose properties cannot be read.
 */
function sinkReason(error: unknown): RowProblem | null {
  if (typeof error !== 'object' || error === null) return null;
  try {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof code !== 'string' || typeof message !== 'object' || message === null) return null;
    const { sv, en } = message as { sv?: unknown; en?: unknown };
    if (typeof sv !== 'string' || typeof en !== 'string') return null;
    return { column: null, columnIndex: null, code, message: { sv, en } };
  } catch {
    return null;
  }
}

/** Whole numbers from `min`; `fallback` for a missing or non-number setting. */
const count = (value: number | undefined, min: number, fallback: number) =>
  typeof value !== 'number' || Number.isNaN(value) ? fallback : Math.max(min, Math.floor(value));

const byColumn = (a: RowProblem, b: RowProblem) =>
  (a.columnIndex ?? Number.POSITIVE_INFINITY) - (b.columnIndex ?? Number.POSITIVE_INFINITY);
/** The flat values of a row that has none (or whose fields went straight into a root). */
const NO_VALUES: Map<string, unknown> = /* @__PURE__ */ new Map();
const problemOf = (
  e: StadigError,
  column: string | null,
  columnIndex: number | null,
): RowProblem => ({
  column,
  columnIndex,
  code: e.code,
  message: e.message,
});

interface Options {
  readonly kind: RowKind<unknown>['kind'];
  readonly asOf: Parameters<RowKind<unknown>['validate']>[1];
  readonly profile?: MappingProfile;
  readonly strict?: boolean;
  readonly sink?: ImportSink<never>;
  readonly batchSize?: number;
  readonly maxRejections?: number;
  readonly resumeAfter?: number;
}

interface Pending {
  key: string;
  rows: CsvRow[];
  values: Map<string, unknown>[];
  /** The nested input, when the kind takes its fields straight (one row per record). */
  root: Record<string, unknown> | undefined;
  problems: Map<number, RowProblem[]> | null;
}

/**
 * The running account of one import: plans the columns from the header, reads, groups
 * and validates rows, batches records to the sink, and counts every row.
 *
 * @internal
 * @example
 * ```ts
 * const tally = new ImportTally(caseRowKind, { kind: 'cases', asOf });
 * tally.finish().read;
 * //=> 0
 * ```
 */
export class ImportTally {
  private dialect: Dialect = { separator: ',', encoding: 'utf-8', decimal: '.' };
  private plan: ColumnPlan | null = null;
  private cellOptions: CellOptions | null = null;
  /** The header compiled, for a kind of one row per record (see compileRowBuilder). */
  private builder: RowBuilder | undefined;
  /** Where the builder puts a row's problems; emptied after each row. */
  private readonly scratch: RowProblem[] = [];
  private width = 0;
  private fatalProblem: StadigError | null = null;
  private readonly notices: StadigError[] = [];
  private readonly rejections: RowRejection[] = [];
  private omitted = 0;
  private read = 0;
  private imported = 0;
  private rejected = 0;
  private records = 0;
  private pending: Pending | null = null;
  private batch: ImportedRecord<unknown>[] = [];
  /** A full batch waiting to be written. */
  private full: ImportedRecord<unknown>[] | null = null;
  private held: ImportedRecord<unknown>[] = [];
  private constants: (readonly [string, string])[] = [];
  /** The external ids taken so far, to find a second record with one. */
  private readonly seen = new SeenIds();
  private readonly max: number;
  private readonly batchSize: number;

  constructor(
    private readonly rowKind: RowKind<unknown> | undefined,
    private readonly options: Options,
  ) {
    this.max = count(options.maxRejections, 0, 1000);
    this.batchSize = count(options.batchSize, 1, 500);
    this.constants = Object.entries(options.profile?.constants ?? {});
  }

  fatal(problem: StadigError): void {
    this.fatalProblem ??= problem;
    this.notices.push(problem);
  }

  notice(problem: StadigError): void {
    this.notices.push(problem);
  }

  counts() {
    return { read: this.read, imported: this.imported, rejected: this.rejected };
  }

  async take(dialect: Dialect, rows: readonly CsvRow[]): Promise<void> {
    this.dialect = dialect;
    for (const row of rows) {
      if (row.row === 1) {
        this.header(row);
        continue;
      }
      if (row.row <= (this.options.resumeAfter ?? 0)) continue;
      this.read++;
      this.row(row);
      const full = this.full;
      if (full !== null) {
        this.full = null;
        await this.write(full);
      }
    }
  }

  private header(row: CsvRow): void {
    if (row.fields === null || this.rowKind === undefined) {
      if (row.fields === null) this.fatal(csvError('csv.empty-file', {}));
      return;
    }
    const plan = planColumns(row.fields, this.rowKind, this.options.profile);
    this.plan = plan;
    this.width = row.fields.length;
    if (plan.unknown.length === row.fields.length) {
      // Not one column is known: one problem says so, instead of one per column and
      // every required field missing from every row.
      this.fatal(csvError('csv.no-known-column', {}, ['header']));
      return;
    }
    for (const index of plan.unknown)
      this.notices.push(csvError('csv.unknown-column', { index }, ['header', index]));
    for (const index of plan.duplicate)
      this.notices.push(csvError('csv.duplicate-column', { index }, ['header', index]));
    for (const field of this.rowKind.groupBy) {
      if (!plan.fieldColumn.has(field))
        this.fatal(csvError('csv.missing-column', { column: field }, ['header', field]));
    }
    if (this.rowKind.complete !== undefined && this.rowKind.groupBy.length === 0) {
      this.builder = compileRowBuilder(
        plan,
        this.rowKind.fields,
        this.cellOptionsFor(this.rowKind),
        this.constants,
      );
    }
  }

  private cellOptionsFor(kind: RowKind<unknown>): CellOptions {
    this.cellOptions ??= {
      decimal: this.dialect.decimal,
      dateFormat: this.options.profile?.dateFormat ?? 'YYYY-MM-DD',
      listSeparator: this.options.profile?.listSeparator ?? (kind.listSeparator as string),
    };
    return this.cellOptions;
  }

  private row(row: CsvRow): void {
    const kind = this.rowKind;
    const plan = this.plan;
    if (this.fatalProblem !== null || kind === undefined || plan === null) {
      this.reject(row, [
        problemOf(this.fatalProblem ?? csvError('csv.empty-file', {}), null, null),
      ]);
      return;
    }
    const builder = this.builder;
    const scratch = this.scratch;
    if (builder !== undefined && row.fields !== null && row.fields.length === this.width) {
      // One row, one record, the header compiled: no flat map, no group.
      const input = builder(row.fields, scratch);
      if (scratch.length > 0) {
        // In the order of the columns, as the general reader lists them.
        this.reject(row, scratch.splice(0).sort(byColumn));
        return;
      }
      const rows = [row];
      const problems = this.settle(rows, kind.complete?.(input) ?? input);
      if (problems !== null) this.reject(row, problems.get(0) ?? []);
      return;
    }
    let problems: RowProblem[] = [];
    let values = NO_VALUES;
    let root: Record<string, unknown> | undefined;
    if (row.fields === null) problems = [problemOf(csvError('csv.malformed-row', {}), null, null)];
    else if (row.fields.length !== this.width) {
      const e = csvError('csv.column-count', { expected: this.width, actual: row.fields.length });
      problems = [problemOf(e, null, null)];
    } else {
      const cellOptions = this.cellOptionsFor(kind);
      root = kind.complete === undefined ? undefined : {};
      ({ values, problems } = readRowFields(
        row.fields,
        plan,
        kind.fields,
        cellOptions,
        this.constants,
        root,
      ));
    }
    const key =
      kind.groupBy.length === 0
        ? ''
        : kind.groupBy.map((f) => String(values.get(f) ?? '')).join('\u0000');
    if (kind.groupBy.length === 0) {
      this.pending = {
        key,
        rows: [row],
        values: [values],
        root,
        problems: problems.length > 0 ? new Map([[0, problems]]) : null,
      };
      this.flush();
      return;
    }
    if (this.pending !== null && this.pending.key !== key) this.flush();
    this.pending ??= { key, rows: [], values: [], root: undefined, problems: null };
    const at = this.pending.rows.length;
    this.pending.rows.push(row);
    this.pending.values.push(values);
    if (problems.length > 0) {
      this.pending.problems ??= new Map();
      this.pending.problems.set(at, problems);
    }
  }

  private flush(): void {
    const group = this.pending;
    const kind = this.rowKind;
    this.pending = null;
    if (group === null || kind === undefined) return;
    if (group.problems === null) {
      const input =
        group.root !== undefined && kind.complete !== undefined
          ? kind.complete(group.root)
          : kind.build(group.values);
      const problems = this.settle(group.rows, input);
      if (problems === null) return;
      group.problems = problems;
    }
    const others = [problemOf(csvError('csv.record-rejected', {}), null, null)];
    const problems = group.problems;
    group.rows.forEach((row, i) => {
      this.reject(row, problems?.get(i) ?? others);
    });
  }

  /**
   * Validates one record's input: a valid record is counted and batched (`null`
   * returned); otherwise the problems, by the record's row (0-based) they point to.
   */
  private settle(
    rows: readonly CsvRow[],
    input: Record<string, unknown>,
  ): Map<number, RowProblem[]> | null {
    const kind = this.rowKind as RowKind<unknown>;
    const result = kind.validate(input, this.options.asOf);
    if (result.isOk()) {
      const externalId = kind.externalId(result.value);
      const first = (rows[0] as CsvRow).row;
      const earlier = this.seen.add(externalId, first);
      if (earlier !== 0) {
        const [only, ...more] = kind.idFields;
        const column = more.length === 0 ? this.columnOf(only) : undefined;
        const e = csvError('csv.duplicate-id', { row: earlier });
        return new Map([[0, [problemOf(e, column?.name ?? null, column?.index ?? null)]]]);
      }
      const numbers: number[] = [first];
      for (let i = 1; i < rows.length; i++) numbers.push((rows[i] as CsvRow).row);
      const record = {
        externalId,
        input,
        value: result.value,
        rows: numbers,
      };
      if (this.options.strict === true) this.held.push(record);
      else {
        this.batch.push(record);
        if (this.batch.length >= this.batchSize) {
          this.full = this.batch;
          this.batch = [];
        }
      }
      this.records++;
      if (this.options.strict !== true) this.imported += rows.length;
      return null;
    }
    const problems = new Map<number, RowProblem[]>();
    for (const e of result.error) {
      const { row, field } = kind.locate(e.path);
      const column = this.columnOf(field);
      const at = Math.min(row, rows.length - 1);
      const list = problems.get(at) ?? [];
      list.push(problemOf(e, column?.name ?? field, column?.index ?? null));
      problems.set(at, list);
    }
    return problems;
  }

  private columnOf(field: string) {
    const plan = this.plan;
    if (plan === null) return undefined;
    const exact = plan.fieldColumn.get(field);
    if (exact !== undefined) return exact;
    for (const [name, action] of plan.fieldColumn) if (name.startsWith(`${field}.`)) return action;
    return undefined;
  }

  private async write(records: ImportedRecord<unknown>[]): Promise<void> {
    const sink = this.options.sink as ImportSink<unknown> | undefined;
    if (sink === undefined || records.length === 0) return;
    const whole = await attempt(sink, records);
    if (whole === STORED) return;
    // The batch was refused (and rolled back): each record is tried alone, so that one
    // record the store refuses does not cost the others their place.
    for (const record of records) {
      const alone = records.length === 1 ? whole : await attempt(sink, [record]);
      if (alone === STORED) continue;
      this.records--;
      this.imported -= record.rows.length;
      const problems = [problemOf(csvError('csv.sink-failed', {}), null, null)];
      // The store's own reason follows, when it gave one.
      if (alone !== null) problems.push(alone);
      for (const row of record.rows) this.reject({ row, fields: null }, problems);
    }
  }

  private reject(row: CsvRow, problems: readonly RowProblem[]): void {
    this.rejected++;
    if (this.rejections.length < this.max) this.rejections.push({ row: row.row, problems });
    else this.omitted++;
  }

  async finish(): Promise<ImportSummary> {
    this.flush();
    if (this.full !== null) await this.write(this.full);
    this.full = null;
    if (this.plan === null && this.fatalProblem === null && this.rowKind !== undefined) {
      this.notices.push(csvError('csv.empty-file', {}));
    }
    let fileRejected = false;
    if (this.options.strict === true) {
      // In strict mode a column that is unknown or repeated is a problem too: its data would be lost.
      const columnProblem = this.notices.some(
        (n) => n.code === 'csv.unknown-column' || n.code === 'csv.duplicate-column',
      );
      if (this.rejected > 0 || this.fatalProblem !== null || columnProblem) {
        fileRejected = true;
        this.rejected = this.read;
        this.records = 0;
        this.notices.push(csvError('csv.strict-file-rejected', {}));
      } else {
        // One write for the whole file, so that a store that writes a batch in one
        // transaction stores all of it or none: a refusal rejects the file, and nothing
        // is tried again alone, which would store the other records.
        const sink = this.options.sink as ImportSink<unknown> | undefined;
        const whole =
          sink === undefined || this.held.length === 0 ? STORED : await attempt(sink, this.held);
        if (whole === STORED) this.imported = this.read;
        else {
          fileRejected = true;
          this.rejected = this.read;
          this.records = 0;
          this.notices.push(csvError('csv.strict-sink-failed', {}));
          // The store's own reason follows, when it gave one.
          if (whole !== null) {
            this.notices.push(
              Object.freeze({
                code: whole.code,
                path: Object.freeze([]),
                message: Object.freeze({ ...whole.message }),
                params: Object.freeze({}),
              }),
            );
          }
        }
      }
      this.held = [];
    } else await this.write(this.batch.splice(0));
    return {
      kind: this.options.kind,
      dialect: this.dialect,
      read: this.read,
      imported: this.imported,
      rejected: this.rejected,
      records: this.records,
      strict: this.options.strict === true,
      fileRejected,
      rejections: this.rejections,
      rejectionsOmitted: this.omitted,
      notices: this.notices,
      resumedAfter: this.options.resumeAfter ?? null,
    };
  }
}
