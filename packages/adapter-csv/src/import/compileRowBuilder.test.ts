import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseFields } from '../rows/caseFields';
import { caseRowKind } from '../rows/caseRowKind';
import type { CellOptions } from '../rows/readCell';
import { compileRowBuilder } from './compileRowBuilder';
import type { RowProblem } from './ImportSummary';
import { planColumns } from './planColumns';
import { readRowFields } from './readRowFields';

const options: CellOptions = { decimal: ',', dateFormat: 'YYYY-MM-DD', listSeparator: '|' };

/** Column names of the case file: every field, with list positions 1 to 3. */
const columns = Object.keys(caseFields).flatMap((f) =>
  f.includes('#') ? ['1', '2', '3'].map((n) => f.replace('#', n)) : [f],
);

/** Cells that are empty, valid for some type, or not valid for most. */
const cell = fc.oneof(
  fc.constant(''),
  fc.constantFrom('2025-03-01', '21 500,50', '3', 'ja', 'nej', 'partner|other-close', '0180'),
  fc.string({ maxLength: 6 }),
);

function generic(cells: readonly string[], header: readonly string[]) {
  const root: Record<string, unknown> = {};
  const plan = planColumns(header, caseRowKind);
  const { problems } = readRowFields(cells, plan, caseFields, options, [], root);
  return { input: root, problems };
}

describe('compileRowBuilder', () => {
  it('builds the nested input of a row, lists closed up in the order of their positions', () => {
    const header = ['id', 'household.children.3.name', 'household.children.1.name', 'notes.2'];
    const build = compileRowBuilder(planColumns(header, caseRowKind), caseFields, options, []);
    const problems: RowProblem[] = [];
    expect(build?.(['c-1', 'Tre', '', 'En anteckning'], problems)).toEqual({
      id: 'c-1',
      household: { children: [{ name: 'Tre' }] },
      notes: ['En anteckning'],
    });
    expect(problems).toEqual([]);
  });

  it('reports a cell it cannot read by its column, never its text', () => {
    const header = ['id', 'events.1.date'];
    const build = compileRowBuilder(planColumns(header, caseRowKind), caseFields, options, []);
    const problems: RowProblem[] = [];
    expect(build?.(['c-1', 'Hemlig Person'], problems)).toEqual({ id: 'c-1' });
    expect(problems.map((p) => [p.column, p.columnIndex, p.code])).toEqual([
      ['events.1.date', 2, 'csv.invalid-date'],
    ]);
    expect(JSON.stringify(problems)).not.toContain('Hemlig');
  });

  it('leaves a plan with a split column to the general reader', () => {
    const plan = planColumns(['id', 'period'], caseRowKind);
    const split = {
      ...plan,
      actions: [
        plan.actions[0] ?? null,
        {
          name: 'period',
          index: 2,
          to: ['stays.1.from', 'stays.1.to'],
          types: ['date', 'date'],
          split: '/',
        } as const,
      ],
    };
    expect(compileRowBuilder(split, caseFields, options, [])).toBeUndefined();
  });

  it('reads any row as the general reader does: the same input and the same problems', () => {
    const file = fc
      .uniqueArray(fc.constantFrom(...columns), { minLength: 1, maxLength: 24 })
      .chain((header) =>
        fc.tuple(
          fc.constant(header),
          fc.array(cell, { minLength: header.length, maxLength: header.length }),
        ),
      );
    fc.assert(
      fc.property(file, ([header, cells]) => {
        const build = compileRowBuilder(planColumns(header, caseRowKind), caseFields, options, []);
        if (build === undefined) {
          // Only a header with a value where an object goes is left to the general reader.
          expect(header.some((a) => header.some((b) => b.startsWith(`${a}.`)))).toBe(true);
          return;
        }
        const problems: RowProblem[] = [];
        const input = build(cells, problems);
        const expected = generic(cells, header);
        expect(input).toEqual(expected.input);
        const byColumn = (a: RowProblem, b: RowProblem) =>
          (a.columnIndex ?? Infinity) - (b.columnIndex ?? Infinity);
        expect(problems.sort(byColumn)).toEqual(expected.problems);
      }),
      { numRuns: 300 },
    );
  });
});
