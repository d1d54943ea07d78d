import { type DateOnly, type MunicipalityCode, municipalities, roomsNeeded } from '@stadig/core';
import type { CaseInput } from '../model/caseSchema';
import { caseDistributions as dist } from './distributions';
import { plusDays } from './plusDays';
import type { Random } from './Random';
import { syntheticEvents } from './syntheticEvents';
import { syntheticName } from './syntheticPerson';

const codes = /* @__PURE__ */ (() =>
  municipalities.map((m) => m.code) as unknown as readonly [
    MunicipalityCode,
    ...MunicipalityCode[],
  ])();

/**
 * One synthetic case input, drawn from {@link caseDistributions}: opened 30–720 days
 * before `asOf`, with an event log that walks the lifecycle up to `asOf` (see
 * {@link syntheticEvents}) and, once the household has moved in, the home as the
 * outcome (see {@link syntheticSolution}).
 *
 * @param random - the seeded generator
 * @param asOf - the day the case is seen on
 * @param index - the case's number, used in its id
 * @returns a case input that {@link parseCase} accepts
 *
 * @example
 * ```ts
 * generateCaseInput(createRandom(1), asOf, 0).id;
 * //=> 'synthetic-0000'
 * ```
 */
export function generateCaseInput(random: Random, asOf: DateOnly, index: number): CaseInput {
  const opened = plusDays(asOf, -random.int(30, 720));
  const kind = random.weighted(dist.violence);
  const honour = kind === 'honour-related';
  const home = random.pick(codes);
  const elsewhere = random.pick(codes);
  const stay = honour ? false : random.chance(dist.canStayInHomeMunicipality);
  const adultBirth = plusDays(asOf, -random.int(19 * 365, 60 * 365));
  const children = Array.from({ length: Number(random.weighted(dist.children)) }, () => {
    const birthDate = plusDays(asOf, -random.int(30, 17 * 365));
    return {
      name: syntheticName(random),
      birthDate,
    };
  });
  // Rooms by core's default norm, counted on the opening day (one adult survivor).
  const rooms = roomsNeeded(
    { adults: [{}], children: children.map(({ birthDate }) => ({ birthDate })) },
    { asOf: opened },
  ).map((r) => r.rooms);
  const { events, placed, planning, moved, outcome } = syntheticEvents(random, {
    opened,
    asOf,
    municipality: stay ? home : elsewhere,
    rooms: rooms.unwrapOr(1 + Math.ceil(children.length / 2)),
  });
  const needs = {
    ...(random.chance(dist.substanceUse) ? { substanceUse: true } : {}),
    ...(random.chance(dist.pets) ? { pets: [random.pick(['dog', 'cat', 'other'] as const)] } : {}),
    ...(random.chance(dist.accessibility)
      ? { accessibility: ['elevator' as const], disability: true }
      : {}),
    ...(random.chance(dist.interpreter)
      ? { interpreterLanguage: random.pick(['ar', 'so', 'fa', 'ti', 'en'] as const) }
      : {}),
  };
  return {
    id: `synthetic-${String(index).padStart(4, '0')}`,
    municipality: home,
    household: {
      survivor: {
        name: syntheticName(random),
        birthDate: adultBirth,
        protectedIdentity: random.weighted(dist.protectedIdentity),
      },
      children,
    },
    violence: {
      kinds: [kind],
      perpetrators: honour
        ? random.int(dist.honourPerpetrators.min, dist.honourPerpetrators.max)
        : random.int(1, 1),
    },
    riskAssessment: {
      instrument: honour ? 'patriark' : 'freda',
      version: '1',
      date: opened,
      level: random.weighted(dist.riskLevel),
    },
    protection: {
      avoidMunicipalities: stay ? [] : [home],
      avoidCounties: [],
      keepDistanceFrom: [
        { label: `Plats nära ${syntheticName(random)}`, radiusKm: random.int(5, 100) },
      ],
      canStayInHomeMunicipality: stay,
    },
    needs,
    economy: {
      monthlyIncome: random.int(0, 35_000) * 100,
      paymentRemarks: random.chance(dist.paymentRemarks),
    },
    consents: random.chance(dist.consent)
      ? [
          {
            id: 'k1',
            recipient: { kind: 'category', category: 'municipal-housing-company' },
            purpose: 'housing-referral',
            given: placed,
          },
        ]
      : [],
    stays: [
      {
        kind: random.weighted(dist.stays),
        provider: 'womens-shelter',
        municipality: stay ? home : elsewhere,
        from: placed,
        ...(moved === undefined ? {} : { to: moved }),
      },
    ],
    applications:
      !stay && random.chance(dist.application)
        ? [
            {
              municipality: elsewhere,
              law: planning < '2025-07-01' ? 'sol-2001-2a-8-2' : 'sol-2025-2a-8-2',
              submitted: planning,
            },
          ]
        : [],
    notes: [`Anteckning om ${syntheticName(random)}`],
    events,
    ...(outcome === undefined ? {} : { outcome }),
  };
}
