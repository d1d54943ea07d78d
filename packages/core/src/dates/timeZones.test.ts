import { afterAll, describe, expect, it } from 'vitest';
import { addDays } from './addDays';
import { addMonths } from './addMonths';
import { daysBetween } from './daysBetween';
import { oneYearFrom } from './oneYearFrom';
import { parseDateOnly } from './parseDateOnly';

const d = (text: string) => parseDateOnly(text)._unsafeUnwrap();
const original = process.env.TZ;

/** Zones far east and west of UTC, and zones that skipped a whole calendar day. */
const zones = [
  'UTC',
  'Europe/Stockholm',
  'Pacific/Kiritimati', // UTC+14; skipped 1994-12-31
  'Pacific/Pago_Pago', // UTC-11
  'Pacific/Apia', // skipped 2011-12-30
  'Asia/Manila', // skipped 1844-12-31
  'America/Sao_Paulo', // daylight saving changes at midnight
];

function results() {
  return [
    addDays(d('2011-12-29'), 1)._unsafeUnwrap(),
    addDays(d('1844-12-30'), 1)._unsafeUnwrap(),
    addDays(d('1994-12-30'), 2)._unsafeUnwrap(),
    addDays(d('2018-11-03'), 1)._unsafeUnwrap(),
    addMonths(d('2011-11-30'), 1)._unsafeUnwrap(),
    oneYearFrom(d('2024-02-29'))._unsafeUnwrap(),
    daysBetween(d('2011-12-29'), d('2011-12-31')),
    daysBetween(d('2025-03-29'), d('2025-03-31')),
  ];
}

describe('time zones', () => {
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(zones)('gives the same dates in %s as in UTC', (zone) => {
    process.env.TZ = zone;
    expect(results()).toEqual([
      '2011-12-30',
      '1844-12-31',
      '1995-01-01',
      '2018-11-04',
      '2011-12-30',
      '2025-02-28',
      2,
      2,
    ]);
  });

  it('really switches zones, so local dates would have gone wrong here', () => {
    process.env.TZ = 'Pacific/Apia';
    const local = new Date(2011, 11, 30, 12);
    expect(local.getDate()).toBe(31);
    process.env.TZ = 'Pacific/Kiritimati';
    expect(new Date(2024, 0, 1).toISOString().slice(0, 10)).toBe('2023-12-31');
  });
});
