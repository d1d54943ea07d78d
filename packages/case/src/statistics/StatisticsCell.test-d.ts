import type { DateOnly, LocalizedText, Result, StadigError } from '@stadig/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { CaseStatisticsRecord, StatisticsGrouping } from './CaseStatisticsRecord';
import type {
  CaseStatisticsTable,
  ExclusionReason,
  StatisticsCell,
  Suppression,
} from './CaseStatisticsTable';
import { caseStatistics } from './caseStatistics';
import type { StatisticsErrorCode } from './messages';
import { publishedCells } from './publishedCells';
import { toStatisticsRecord } from './toStatisticsRecord';

declare const cell: StatisticsCell;
declare const table: CaseStatisticsTable;
declare const asOf: DateOnly;

describe('statistics types', () => {
  it('a cell has a unit, a value or null, and a suppression or null', () => {
    expectTypeOf(cell.unit).toEqualTypeOf<'cases' | 'days' | 'share'>();
    expectTypeOf(cell.value).toEqualTypeOf<number | null>();
    expectTypeOf(cell.suppressed).toEqualTypeOf<Suppression | null>();
    expectTypeOf(cell.label).toEqualTypeOf<LocalizedText>();
    expectTypeOf<Suppression['reason']>().toEqualTypeOf<'small-count' | 'complementary'>();
    expectTypeOf<Suppression>().toMatchTypeOf<LocalizedText>();
  });

  it('caseStatistics gives a Result of the table or a typed error; publishedCells a flat list', () => {
    expectTypeOf(caseStatistics([], { asOf, by: 'none' })).toEqualTypeOf<
      Result<CaseStatisticsTable, StadigError<StatisticsErrorCode>>
    >();
    expectTypeOf(publishedCells(table)).toEqualTypeOf<readonly StatisticsCell[]>();
    expectTypeOf<StatisticsGrouping>().toEqualTypeOf<'municipality' | 'county' | 'none'>();
    expectTypeOf<
      CaseStatisticsTable['excluded'][number]['reason']
    >().toEqualTypeOf<ExclusionReason>();
    // @ts-expect-error an unknown grouping does not compile
    caseStatistics([], { asOf, by: 'region' });
  });

  it('a statistics record holds no personal field', () => {
    expectTypeOf(toStatisticsRecord).returns.toEqualTypeOf<CaseStatisticsRecord | undefined>();
    expectTypeOf<keyof CaseStatisticsRecord>().toEqualTypeOf<
      | 'municipality'
      | 'county'
      | 'openedOn'
      | 'placedOn'
      | 'leftShelterOn'
      | 'permanentOn'
      | 'outcome'
      | 'closedReason'
      | 'movedToMunicipality'
    >();
  });
});
