import { generateCaseInputs } from '@stadig/case';
import type { DateOnly } from '@stadig/core';

/**
 * The municipalities of the kit's cases (Falun, then Mora): a store that limits a
 * connection to some municipalities must let the kit's connection act for both.
 *
 * @example
 * ```ts
 * conformanceMunicipalities;
 * //=> ['2080', '2062']
 * ```
 */
export const conformanceMunicipalities = ['2080', '2062'] as const;

/** The day the fixtures are made for and validated on. */
export const fixtureAsOf = '2025-06-01' as DateOnly;

/**
 * Fresh synthetic case inputs with protected values in every part (names, notes, a
 * place label and coordinates), all in `planning`, made new for each call.
 */
export function freshInputs(
  prefix: string,
  start: number,
  count: number,
  municipality?: string,
): Record<string, unknown>[] {
  return generateCaseInputs({ seed: 7 + start, count, asOf: fixtureAsOf })
    .map((input, i) => ({
      ...input,
      id: `${prefix}-${String(start + i).padStart(4, '0')}`,
      municipality: municipality ?? conformanceMunicipalities[0],
      protection: {
        ...input.protection,
        keepDistanceFrom: [
          { label: 'Testplats Förövargatan', coordinates: { lat: 59.3, lon: 18.1 }, radiusKm: 30 },
        ],
      },
      notes: ['Testanteckning om Testperson'],
      consents: [],
      outcome: undefined,
      events: [
        { type: 'opened', date: '2025-01-10' },
        { type: 'placed', date: '2025-01-11' },
        { type: 'planning-started', date: '2025-02-01' },
      ],
    }))
    .map((input) => JSON.parse(JSON.stringify(input)) as Record<string, unknown>);
}
