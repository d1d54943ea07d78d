import type { Money } from '@stadig/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbUsageReport } from '../testing/arbUsageReport';
import { assessUsage } from './assessUsage';
import { parseUsageReport } from './parseUsageReport';
import type { UsageReport } from './UsageReport';

const kr = (n: number) => (n * 100) as Money;
// Falun 2023 (seed 004, Bilaga 1 line 551): 700 000 kr granted, 184 363 kr unused;
// footnote (line 609): a further 110 191 kr repaid after a clawback decision.
const falun = {
  municipality: 'Falu kommun*',
  year: 2023,
  granted: 700000,
  used: [
    { category: 'cooperation-landlords', salary: 400000, other: 15637 },
    { category: 'mapping-and-analysis', salary: 80000, other: 20000 },
  ],
  unusedReasons: ['other'],
  clawbacks: [{ amount: '110 191 kr' }],
};

describe('assessUsage', () => {
  it("Falun's clawback of 110 191 kr adds to what is due: 184 363 + 110 191 kr (seed 004, Bilaga 1 and footnote)", () => {
    const report = parseUsageReport({ ...falun, repaid: 184363 })._unsafeUnwrap();
    const a = assessUsage(report)._unsafeUnwrap();
    expect([a.used, a.unused, a.unusedPercent]).toEqual([kr(515_637), kr(184_363), 26]);
    expect([a.repaymentDue, a.clawback, a.totalDue]).toEqual([
      kr(184_363),
      kr(110_191),
      kr(294_554),
    ]);
    expect([a.outstanding, a.status]).toEqual([kr(110_191), 'clawback']);
    const paid = assessUsage(
      parseUsageReport({ ...falun, repaid: 294554 })._unsafeUnwrap(),
    )._unsafeUnwrap();
    expect([paid.outstanding, paid.status]).toEqual([0, 'repaid']);
  });
  it('computes the used amount per category and the salary share', () => {
    const a = assessUsage(parseUsageReport(falun)._unsafeUnwrap())._unsafeUnwrap();
    expect(a.byCategory.map((c) => [c.category, c.salary, c.other])).toEqual([
      ['cooperation-landlords', kr(400_000), kr(15_637)],
      ['mapping-and-analysis', kr(80_000), kr(20_000)],
    ]);
    expect([a.salary, a.salarySharePercent]).toEqual([kr(480_000), 93]);
    expect(a.status).toBe('clawback');
  });
  it('a recipient that used everything is fully used; one with unused money still to pay is repaying', () => {
    const full = {
      municipality: 'Bollnäs kommun',
      year: 2023,
      granted: 94500,
      used: [{ category: 'other', salary: 94500, other: 0 }],
    };
    expect(assessUsage(parseUsageReport(full)._unsafeUnwrap())._unsafeUnwrap().status).toBe(
      'fully-used',
    );
    const nothing = {
      municipality: 'Göteborgs stad',
      year: 2023,
      granted: 320000,
      used: [],
      unusedReasons: ['time', 'staff'],
    };
    const a = assessUsage(parseUsageReport(nothing)._unsafeUnwrap())._unsafeUnwrap();
    expect([a.unusedPercent, a.salarySharePercent, a.status, a.unusedReasons]).toEqual([
      100,
      null,
      'repaying',
      ['time', 'staff'],
    ]);
  });
  it('a report that used more than it was granted is an error, not a negative repayment', () => {
    const over = {
      municipality: 'Hagfors kommun',
      year: 2023,
      granted: 45675,
      used: [{ category: 'other', salary: 45676, other: 0 }],
    };
    expect(
      parseUsageReport(over)
        ._unsafeUnwrapErr()
        .map((e) => [e.code, e.path]),
    ).toEqual([['grants.used-exceeds-granted', ['used']]]);
    const bypassed: UsageReport = { ...parseUsageReport(falun)._unsafeUnwrap(), granted: kr(1) };
    expect(assessUsage(bypassed)._unsafeUnwrapErr()[0].code).toBe('grants.used-exceeds-granted');
  });
  it('lists every problem of a usage report with its path', () => {
    const errors = parseUsageReport(
      {
        municipality: 'Norrälje kommun',
        year: 2023,
        granted: 'x',
        used: [{ category: 'other', salary: -1, other: 0 }],
        repaid: 5,
      },
      ['reports', 0],
    )._unsafeUnwrapErr();
    expect(errors.map((e) => [e.code, e.path.join('.')])).toEqual([
      ['grants.municipality-probable', 'reports.0.municipality'],
      ['money.invalid-format', 'reports.0.granted'],
      ['grants.negative-amount', 'reports.0.used.0.salary'],
    ]);
    const repaidTooMuch = parseUsageReport({ ...falun, repaid: 300000 })._unsafeUnwrapErr();
    expect(repaidTooMuch.map((e) => e.code)).toEqual(['grants.repaid-exceeds-due']);
    expect(repaidTooMuch.every((e) => Object.isFrozen(e) && Object.isFrozen(e.path))).toBe(true);
    const reasonsButNothingUnused = parseUsageReport({
      ...falun,
      granted: 515637,
      clawbacks: [],
    })._unsafeUnwrapErr();
    expect(reasonsButNothingUnused.map((e) => e.code)).toEqual(['grants.reasons-without-unused']);
  });
});

describe('properties', () => {
  it('repayment is never negative for a consistent report, and what is due adds up', () => {
    fc.assert(
      fc.property(arbUsageReport(), (report) => {
        const a = assessUsage(report)._unsafeUnwrap();
        expect(a.repaymentDue).toBeGreaterThanOrEqual(0);
        expect(a.outstanding).toBeGreaterThanOrEqual(0);
        expect(a.used + a.unused).toBe(a.granted);
        expect(a.totalDue).toBe(a.repaymentDue + a.clawback);
        expect(a.status === 'fully-used').toBe(a.totalDue === 0);
      }),
    );
  });
  it('parsing never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.anything(), (input) => void parseUsageReport(input)));
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('granted', 'used', 'clawbacks', 'repaid', 'unusedReasons'),
          fc.anything(),
        ),
        (input) => {
          parseUsageReport({ ...falun, ...input });
        },
      ),
    );
  });
});
