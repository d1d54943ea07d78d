import { addDays, type DateOnly, oneYearFrom, parseDateOnly } from '@stadig/core';
import { arbDateOnly } from '@stadig/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractTerm } from './contractTerm';
import { lastDayOfFirstYear } from './lastDayOfFirstYear';

const d = (text: string) => parseDateOnly(text)._unsafeUnwrap();
const term = (start: string, end?: string) =>
  contractTerm(end === undefined ? { start: d(start) } : { start: d(start), end: d(end) });

describe('contractTerm', () => {
  it('2024-03-01 to 2025-02-28, end inclusive, is exactly one year; to 2025-02-27 is shorter', () => {
    expect(term('2024-03-01', '2025-02-28')).toBe('one-year-or-more');
    expect(term('2024-03-01', '2025-02-27')).toBe('under-one-year');
  });

  it('from 2024-02-29 the year ends 2025-02-28 (lag 1930:173, 1 §): its last day is 2025-02-27', () => {
    expect(lastDayOfFirstYear(d('2024-02-29'))).toBe('2025-02-27');
    expect(term('2024-02-29', '2025-02-27')).toBe('one-year-or-more');
    expect(term('2024-02-29', '2025-02-26')).toBe('under-one-year');
  });

  it('a year from 2023-03-01 runs through the leap day to 2024-02-29', () => {
    expect(term('2023-03-01', '2024-02-29')).toBe('one-year-or-more');
    expect(term('2023-03-01', '2024-02-28')).toBe('under-one-year');
  });

  it('no end date is open-ended; no contract is no contract; a one-day term is shorter', () => {
    expect(term('2024-03-01')).toBe('open-ended');
    expect(contractTerm(undefined)).toBe('no-contract');
    expect(term('2024-03-01', '2024-03-01')).toBe('under-one-year');
  });

  it('a start in 2999 cannot reach a full year before the calendar ends', () => {
    expect(term('2999-06-01', '2999-12-31')).toBe('under-one-year');
  });
});

describe('properties', () => {
  it('a term is shorter than one year exactly when the day after its end comes before oneYearFrom(start)', () => {
    fc.assert(
      fc.property(
        arbDateOnly({ min: d('1900-01-01'), max: d('2990-12-31') }),
        fc.integer({ min: 0, max: 800 }),
        (start, days) => {
          const end = addDays(start, days)._unsafeUnwrap();
          const anniversary = oneYearFrom(start)._unsafeUnwrap();
          const dayAfterEnd = addDays(end, 1)._unsafeUnwrap() as DateOnly;
          expect(contractTerm({ start, end }) === 'under-one-year').toBe(dayAfterEnd < anniversary);
        },
      ),
    );
  });
});
