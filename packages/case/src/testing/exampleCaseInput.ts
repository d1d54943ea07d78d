import type { CaseInput } from '../model/caseSchema';

/**
 * A complete, valid, clearly synthetic case input, for tests and examples. Valid for
 * any `asOf` from 2025-03-01; the identity numbers are fake (serial numbers 98x).
 *
 * @returns a fresh case input
 *
 * @example
 * ```ts
 * parseCase(exampleCaseInput(), { asOf: parseDateOnly('2025-06-01')._unsafeUnwrap() }).isOk();
 * //=> true
 * ```
 */
export function exampleCaseInput(): CaseInput {
  return {
    id: 'case-0001',
    municipality: '2080',
    household: {
      survivor: {
        name: 'Testa Exempelsdotter',
        birthDate: '1985-03-14',
        protectedIdentity: 'skyddad-folkbokforing',
      },
      children: [
        { name: 'Lilla Exempelsdotter', birthDate: '2015-06-20' },
        { name: 'Minsta Exempelsdotter', birthDate: '2021-09-02' },
      ],
    },
    violence: { kinds: ['partner'], perpetrators: 1 },
    riskAssessment: { instrument: 'freda', version: '2022', date: '2025-01-12', level: 'high' },
    protection: {
      avoidMunicipalities: ['2080'],
      avoidCounties: [],
      keepDistanceFrom: [
        { label: 'Förövarens arbetsplats', coordinates: { lat: 60.6, lon: 15.6 } },
      ],
      canStayInHomeMunicipality: false,
    },
    needs: { pets: ['cat'], accessibility: ['elevator'] },
    economy: { monthlyIncome: 2_150_000, paymentRemarks: true, debtsFromEconomicViolence: true },
    consents: [
      {
        id: 'k1',
        recipient: { kind: 'category', category: 'municipal-housing-company' },
        purpose: 'housing-referral',
        given: '2025-02-01',
        expires: '2026-01-31',
      },
    ],
    stays: [
      {
        kind: 'sheltered-housing',
        provider: 'womens-shelter',
        municipality: '2062',
        from: '2025-01-11',
      },
    ],
    applications: [
      {
        municipality: '2062',
        law: 'sol-2001-2a-8-2',
        submitted: '2025-02-10',
        decision: 'granted',
      },
    ],
    moveInWindow: { earliest: '2025-04-01', latest: '2025-08-31' },
    notes: ['Samtal med Testa om skolgång, Storgatan 9'],
    events: [
      { type: 'opened', date: '2025-01-10' },
      { type: 'placed', date: '2025-01-11' },
      { type: 'planning-started', date: '2025-02-01' },
    ],
  };
}
