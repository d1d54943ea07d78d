import type { DateOnly, MunicipalityCode } from '@stadig/core';
import { arbDateOnly } from '@stadig/core/testing';
import fc from 'fast-check';
import { type CloseReason, closeReasons } from '../lifecycle/vocabulary';
import type { CaseStatisticsRecord } from '../statistics/CaseStatisticsRecord';

/** Three municipalities in Dalarna, two in Stockholm: small groups, two counties. */
const CODES = ['2080', '2081', '2062', '0180', '0182'] as MunicipalityCode[];

/**
 * Generates statistics records, mostly consistent but with the odd ones real data has:
 * stays that end before they start, dates after `asOf`, impossible dates, unknown
 * municipalities, and (with `wild`) values of any shape. For property tests.
 *
 * @param options - `asOf` (dates spread over the six years before it, some after);
 *   `wild` (default `false`): also values that are not records at all
 * @returns an arbitrary of records
 *
 * @example
 * ```ts
 * fc.assert(fc.property(fc.array(arbCaseStatisticsRecord({ asOf })), (rs) => caseStatistics(rs, { asOf, by: 'none' }).isOk()));
 * ```
 */
export function arbCaseStatisticsRecord(options: {
  readonly asOf: DateOnly;
  readonly wild?: boolean;
}): fc.Arbitrary<CaseStatisticsRecord> {
  const year = Number(options.asOf.slice(0, 4));
  const date = fc.oneof(
    {
      weight: 20,
      arbitrary: arbDateOnly({ min: `${year - 6}-01-01` as DateOnly, max: options.asOf }),
    },
    { weight: 1, arbitrary: arbDateOnly({ min: `${year - 6}-01-01` as DateOnly }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('2023-02-29', 'yesterday', '') as fc.Arbitrary<DateOnly>,
    },
  );
  const municipality = fc.oneof(
    { weight: 30, arbitrary: fc.constantFrom(...CODES) },
    { weight: 1, arbitrary: fc.constant('9999' as MunicipalityCode) },
  );
  const optional = {
    outcome: fc.record({
      tenure: fc.constantFrom('first-hand-rental', 'owned', 'sublet'),
      permanent: fc.boolean(),
    }),
    closedReason: fc.constantFrom(...(Object.keys(closeReasons) as CloseReason[])),
    movedToMunicipality: fc.constantFrom(...CODES),
  };
  const scrambled = fc.record(
    {
      municipality,
      openedOn: date,
      placedOn: date,
      leftShelterOn: date,
      permanentOn: date,
      ...optional,
    },
    { requiredKeys: ['municipality', 'openedOn'] },
  );
  // Mostly the dates in the order real cases have them: opened ≤ placed ≤ left ≤ permanent.
  const ordered = fc
    .record({
      municipality,
      dates: fc.array(date, { minLength: 4, maxLength: 4 }),
      stage: fc.integer({ min: 1, max: 4 }),
      leftKnown: fc.boolean(),
      rest: fc.record(optional, { requiredKeys: [] }),
    })
    .map(({ municipality, dates, stage, leftKnown, rest }): CaseStatisticsRecord => {
      const [openedOn, placedOn, leftShelterOn, permanentOn] = [...dates].sort() as DateOnly[];
      return {
        municipality,
        openedOn: openedOn ?? options.asOf,
        ...(stage >= 2 && placedOn !== undefined ? { placedOn } : {}),
        ...(stage >= 3 && leftKnown && leftShelterOn !== undefined ? { leftShelterOn } : {}),
        ...(stage >= 4 && permanentOn !== undefined ? { permanentOn } : {}),
        ...rest,
      };
    });
  const record = fc.oneof({ weight: 4, arbitrary: ordered }, { weight: 1, arbitrary: scrambled });
  if (options.wild !== true) return record;
  return fc.oneof(
    { weight: 10, arbitrary: record },
    { weight: 1, arbitrary: fc.anything() as fc.Arbitrary<CaseStatisticsRecord> },
  );
}
