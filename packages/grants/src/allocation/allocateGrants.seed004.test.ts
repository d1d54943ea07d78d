import { readFileSync } from 'node:fs';
import type { Money, MunicipalityCode, Period } from '@stadig/core';
import { describe, expect, it } from 'vitest';
import type { GrantActivity, GrantApplication } from '../applications/GrantApplication';
import type { IneligiblePurpose } from '../categories/ineligiblePurposes';
import { parseGrantTable } from '../tables/parseGrantTable';
import { grantYears } from '../years/grantYears';
import { allocateGrants } from './allocateGrants';

const kr = (n: number) => (n * 100) as Money;
const period2023 = { from: '2023-01-01', to: '2023-12-31' } as Period;
const period2022 = { from: '2022-07-07', to: '2022-12-31' } as Period;
const activity = (cost: number, over: Partial<GrantActivity> = {}): GrantActivity => ({
  category: 'cooperation-landlords',
  salaryCosts: kr(cost),
  otherCosts: kr(0),
  period: period2023,
  ineligiblePurposes: [],
  ...over,
});
const application = (
  id: string,
  activities: GrantActivity[],
  over: Partial<GrantApplication> = {},
): GrantApplication => {
  const [first = activity(0), ...rest] = activities;
  const total = activities.reduce((s, a) => s + a.salaryCosts + a.otherCosts, 0);
  return {
    id,
    year: 2023,
    municipalityCode: '2080' as MunicipalityCode,
    requested: total as Money,
    activities: [first, ...rest],
    ...over,
  };
};
const bilaga1 = parseGrantTable(
  readFileSync(new URL('../../../../data/statsbidrag-2023-bilaga1.csv', import.meta.url), 'utf8'),
)._unsafeUnwrap();
const purposes: IneligiblePurpose[] = [
  'preventive-work',
  'emergency-apartments',
  'support-to-individuals',
];

describe('allocateGrants: the published rounds (seed 004)', () => {
  it('2023: 54 of 72 applications granted 21 117 795 kr of 27.5 MSEK, approval 75 %, just under 6.4 MSEK not granted (lines 90, 224–226)', () => {
    const granted = bilaga1.rows.map((row, i) =>
      application(`G${i}`, [activity(row.granted / 100)], {
        municipalityCode: row.municipalityCode ?? ('0180' as MunicipalityCode),
      }),
    );
    const outside = Array.from({ length: 18 }, (_, i) =>
      application(`X${i}`, [
        activity(300_000, { ineligiblePurposes: [purposes[i % 3] ?? 'preventive-work'] }),
      ]),
    );
    const { summary, decisions } = allocateGrants([...granted, ...outside], {
      year: grantYears[2023],
    })._unsafeUnwrap();
    expect(summary.available).toBe(kr(27_500_000));
    expect(summary.policyApplied).toBe(false);
    expect(summary.granted).toBe(kr(21_117_795));
    expect([summary.applications, summary.approved, summary.full, summary.rejected]).toEqual([
      72, 54, 54, 18,
    ]);
    expect(summary.approvalPercent).toBe(75);
    expect(summary.undistributed).toBe(kr(6_382_205));
    expect(summary.undistributed).toBeLessThan(kr(6_400_000));
    expect(summary.notGrantedByReason.map((p) => [p.code, p.amount])).toEqual([
      ['ineligible.emergency-apartments', kr(1_800_000)],
      ['ineligible.preventive-work', kr(1_800_000)],
      ['ineligible.support-to-individuals', kr(1_800_000)],
    ]);
    expect(decisions[71]?.kind).toBe('rejected');
    expect(decisions[71]?.activities[0].reasons[0]?.text.en).toContain('not compatible');
  });
  it('2022: 17 municipalities granted 1 761 018 kr, approval rate 59 % (lines 184, 238)', () => {
    const recipients = Array.from({ length: 17 }, (_, i) =>
      application(`G${i}`, [activity(i < 16 ? 103_589 : 103_594, { period: period2022 })], {
        year: 2022,
      }),
    );
    const refused = Array.from({ length: 12 }, (_, i) =>
      application(
        `X${i}`,
        [
          activity(50_000, {
            period: i < 6 ? period2022 : ({ from: '2022-07-01', to: '2022-12-31' } as Period),
            ineligiblePurposes: i < 6 ? ['preventive-work'] : [],
          }),
        ],
        { year: 2022 },
      ),
    );
    const { summary, decisions } = allocateGrants([...recipients, ...refused], {
      year: grantYears[2022],
    })._unsafeUnwrap();
    expect(summary.granted).toBe(kr(1_761_018));
    expect(summary.available).toBe(kr(3_500_000));
    expect([summary.approved, summary.applications, summary.approvalPercent]).toEqual([17, 29, 59]);
    expect(decisions[28]?.reasons.map((r) => r.code)).toEqual(['ineligible.outside-cost-window']);
  });
  it('the 2022 count of applications is not published; 29 is the only count from 17 to 100 whose rate rounds to 59 %', () => {
    const counts = Array.from({ length: 84 }, (_, i) => i + 17).filter(
      (n) => Math.floor((200 * 17 + n) / (2 * n)) === 59,
    );
    expect(counts).toEqual([29]);
  });
});
