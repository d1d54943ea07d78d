import type { Money, MunicipalityCode } from '@stadig/core';
import { describe, expect, it } from 'vitest';
import type { GrantApplication } from '../applications/GrantApplication';
import { grantYears } from '../years/grantYears';
import { allocateGrants } from './allocateGrants';
import { allocationJson } from './allocationJson';
import { formatAllocation } from './formatAllocation';

const window = grantYears[2023].costWindow;
const apps: GrantApplication[] = [
  {
    id: 'A-1',
    year: 2023,
    municipalityCode: '2080' as MunicipalityCode,
    requested: 70_000_000 as Money,
    activities: [
      {
        category: 'cooperation-landlords',
        salaryCosts: 70_000_000 as Money,
        otherCosts: 0 as Money,
        period: window,
        ineligiblePurposes: [],
      },
    ],
  },
  {
    id: 'B-1',
    year: 2023,
    municipalityCode: '1490' as MunicipalityCode,
    requested: 20_000_000 as Money,
    activities: [
      {
        category: 'other',
        salaryCosts: 20_000_000 as Money,
        otherCosts: 0 as Money,
        period: window,
        ineligiblePurposes: ['emergency-apartments'],
      },
    ],
  },
];
const allocation = allocateGrants(apps, { year: grantYears[2023] })._unsafeUnwrap();

describe('formatAllocation', () => {
  it('writes one line per application, the reasons of what was not funded, and the summary', () => {
    const lines = formatAllocation(allocation, 'en').split('\n');
    expect(lines[0]).toBe(
      'A-1  Falun (2080)  Granted in full  requested 700 000 kr  eligible 700 000 kr  granted 700 000 kr',
    );
    expect(lines[1]).toBe(
      'B-1  Borås (1490)  Rejected  requested 200 000 kr  eligible 0 kr  granted 0 kr',
    );
    expect(lines[2]).toMatch(
      /^ {2}- activity 1 \(Other\): .*not compatible.* \[ineligible\.emergency-apartments\]$/,
    );
    expect(lines).toContain(
      'Applications: 2; Granted in full: 1; Granted in part: 0; Rejected: 1; approval rate: 50 %',
    );
    expect(formatAllocation(allocation, 'sv')).toContain('bifallsfrekvens: 50 %');
  });
});

describe('allocationJson', () => {
  it('gives amounts in kronor and reasons in both languages', () => {
    const json = allocationJson(allocation);
    expect([json.summary.available, json.summary.granted, json.summary.approvalPercent]).toEqual([
      27_500_000, 700_000, 50,
    ]);
    expect(json.decisions[1]).toMatchObject({
      applicationId: 'B-1',
      municipality: 'Borås',
      kind: 'rejected',
      requested: 200_000,
      granted: 0,
    });
    expect(json.decisions[1]?.notGranted).toEqual([
      expect.objectContaining({ code: 'ineligible.emergency-apartments', amount: 200_000 }),
    ]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
