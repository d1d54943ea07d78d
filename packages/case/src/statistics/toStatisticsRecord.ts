import type { Case } from '../model/Case';
import type { CaseStatisticsRecord } from './CaseStatisticsRecord';

/**
 * The non-personal projection of a case that statistics need: municipality, the dates
 * of opening, placement in sheltered housing, leaving it and moving into permanent
 * housing, the outcome's tenure, the close reason and where the household moved.
 * No id, no name, nothing about the violence.
 *
 * - opened: the `opened` event (a case without one has no record: `undefined`);
 * - placed: the `placed` event, else the first sheltered-housing stay;
 * - left shelter: the end of the last sheltered-housing stay, when every such stay ended;
 * - permanent: the outcome's date when its verdict is `permanent`;
 * - moved to: the outcome's municipality.
 *
 * @param c - a parsed case
 * @returns the record, or `undefined` for a case that was never opened
 *
 * @example
 * ```ts
 * const c = parseCase(exampleCaseInput(), { asOf })._unsafeUnwrap();
 * toStatisticsRecord(c)?.municipality;
 * //=> '2080'
 * ```
 */
export function toStatisticsRecord(c: Case): CaseStatisticsRecord | undefined {
  const openedOn = c.events.find((e) => e.type === 'opened')?.date;
  if (openedOn === undefined) return undefined;
  const sheltered = c.stays
    .filter((s) => s.kind === 'sheltered-housing')
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const placedOn = c.events.find((e) => e.type === 'placed')?.date ?? sheltered[0]?.from;
  const ended = sheltered.length > 0 && sheltered.every((s) => s.to !== undefined);
  const leftShelterOn = ended ? sheltered.at(-1)?.to : undefined;
  const outcome = c.outcome;
  const permanent = outcome?.verdict.verdict === 'permanent';
  const closed = c.events.find((e) => e.type === 'closed');
  return {
    municipality: c.municipality,
    openedOn,
    ...(placedOn === undefined ? {} : { placedOn }),
    ...(leftShelterOn === undefined ? {} : { leftShelterOn }),
    ...(outcome !== undefined && permanent ? { permanentOn: outcome.date } : {}),
    ...(outcome === undefined
      ? {}
      : {
          outcome: { tenure: outcome.solution.tenure, permanent },
          movedToMunicipality: outcome.solution.municipality,
        }),
    ...(closed?.type === 'closed' ? { closedReason: closed.reason } : {}),
  };
}
